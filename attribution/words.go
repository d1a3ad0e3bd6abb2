package attribution

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// subjectPronouns can be the subject of a reporting verb.
var subjectPronouns = set("he", "she", "they", "i", "we", "it", "you", "who", "one")

// objectPronouns can be the addressee of "told".
var objectPronouns = set("him", "her", "them", "me", "us", "you", "it")

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
	"their", "our", "my", "your", "some", "many", "several", "other", "another", "two", "three",
	"four", "five", "most", "few", "one", "both", "all", "each", "any", "no", "such")

// preVerbWords may stand between a subject and its reporting verb ("Haftar
// also said", "he has repeatedly said", "she would later say").
var preVerbWords = set("also", "has", "have", "had", "later", "then", "previously", "recently", "long",
	"once", "repeatedly", "would", "will", "again", "publicly", "reportedly", "earlier",
	"frequently", "often", "always", "never", "subsequently", "further", "flatly", "privately",
	"simply", "just", "since", "first", "quickly", "even", "still", "openly", "already",
	"initially", "separately", "specifically", "explicitly", "emphatically", "bluntly",
	"angrily", "famously", "memorably", "told", "is", "was", "were", "are", "been", "being",
	"had", "did", "does", "do", "may", "might", "could", "should", "can", "must", "only",
	"correctly", "falsely", "wrongly", "rightly", "routinely", "constantly", "herself", "himself",
	"themselves", "not")

// negations before a reporting verb mean nothing was said: "did not say".
var negations = set("not", "n't", "never", "declined", "refused", "wouldn't", "didn't",
	"won't", "doesn't", "don't", "cannot", "can't", "couldn't", "no")

// clauseStarters can begin a reported clause after a reporting verb: "said
// he was", "said the talks", "said Russia".
var clauseStarters = set("he", "she", "they", "i", "we", "it", "you", "there", "the", "a",
	"an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
	"some", "many", "most", "all", "no", "nobody", "none", "everyone", "everybody", "nothing",
	"something", "if", "when", "while", "although", "though", "because", "once", "whether",
	"any", "each", "every", "both", "neither", "either", "such", "only", "more", "fewer",
	"less", "several", "few", "one", "two", "three", "four", "five", "ten", "what", "how",
	"why", "where", "who", "unless", "even", "not", "people", "americans", "voters", "officials", "israel", "iran", "russia",
	"china", "washington", "moscow", "president", "government", "another", "other", "much",
	"next", "last", "until", "now", "yes", "no", "instead")

// roleNouns describe a person by office or function; "Kremlin spokesman
// Dmitry Peskov" keeps "Kremlin spokesman" as the role.
var roleNouns = withRoleCompounds(set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "minister",
	"president", "leader", "chief", "director", "secretary", "senator", "candidate", "nominee",
	"frontrunner", "front-runner", "commander", "chairman", "chairwoman", "chair", "governor",
	"mayor", "official", "officials", "adviser", "advisor", "aide", "ambassador", "envoy",
	"executive", "manager", "analyst", "economist", "strategist", "lawmaker", "congressman",
	"congresswoman", "representative", "judge", "lawyer", "attorney", "prosecutor", "general",
	"king", "prince", "queen", "premier", "chancellor", "head", "founder", "professor",
	"researcher", "expert", "pollster", "consultant", "activist", "host", "anchor", "writer",
	"author", "columnist", "editor", "correspondent", "reporter", "campaign", "manager",
	"operative", "donor", "businessman", "businesswoman", "billionaire", "mogul", "dealer",
	"trader", "broker", "banker", "member", "speaker", "whip", "deputy", "vice", "officer",
	"sheriff", "commissioner", "superintendent", "inspector", "colonel", "captain", "sergeant",
	"lieutenant", "marshal", "admiral", "emir", "sheikh", "cleric", "ayatollah", "pope",
	"bishop", "pastor", "rabbi", "imam", "student", "teacher", "doctor", "physician",
	"scientist", "historian", "professor", "economist", "partner", "founder", "owner",
	"resident", "witness", "voter", "supporter", "critic", "opponent", "rival", "counsel",
	"surrogate", "chairperson", "delegate", "organizer", "organiser", "coordinator", "vp",
	"ceo", "cfo", "coo", "treasurer", "president-elect", "nominee", "contender", "hopeful",
	"challenger", "incumbent", "politician", "statesman", "diplomat", "negotiator", "mediator",
	"monitor", "observer", "investigator", "detective", "agent", "soldier", "fighter",
	"militant", "rebel", "commentator", "pundit", "blogger", "journalist", "comedian", "actor",
	"actress", "singer", "star", "player", "coach", "manager", "lobbyist", "regulator",
	"fellow", "scholar", "dean", "principal", "nurse", "mother", "father", "wife", "husband",
	"son", "daughter", "brother", "sister", "friend", "neighbor", "neighbour", "veteran",
	"employee"))

// withRoleCompounds adds to a set of role nouns the hyphenated compounds
// wire copy writes them in: "director-general", "vice-chairman",
// "co-chairman", "ex-minister", "then-president", "chairman-designate",
// "editor-in-chief". It returns m.
func withRoleCompounds(m map[string]bool) map[string]bool {
	var compounds []string
	for r := range m {
		for _, pre := range []string{"vice-", "co-", "ex-", "then-", "deputy-"} {
			compounds = append(compounds, pre+r)
		}
		for _, suf := range []string{"-general", "-elect", "-designate", "-in-chief"} {
			compounds = append(compounds, r+suf)
		}
	}
	for _, c := range compounds {
		m[c] = true
	}
	return m
}

// speakerNouns are heads of noun phrases that can say something: people and
// bodies ("the ministry said", "officials said", "the report said").
var speakerNouns = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "official",
	"officials", "minister", "ministry", "government", "agency", "report", "statement",
	"source", "sources", "analyst", "analysts", "expert", "experts", "police", "army",
	"military", "company", "firm", "bank", "group", "campaign", "committee", "court",
	"department", "office", "administration", "president", "leader", "leaders", "residents",
	"witnesses", "diplomats", "diplomat", "economists", "economist", "traders", "dealers",
	"lawmakers", "senator", "candidate", "nominee", "survey", "poll", "study", "document",
	"memo", "letter", "newspaper", "paper", "radio", "television", "magazine", "daily",
	"network", "website", "website", "union", "council", "board", "commission", "party",
	"white", "house", "kremlin", "pentagon", "state", "spokesperson", "aides", "aide",
	"adviser", "advisers", "advisor", "advisors", "critics", "supporters", "opponents",
	"observers", "people", "voters", "americans", "republicans", "democrats", "members",
	"organizers", "organisers", "authorities", "investigators", "prosecutors", "prosecutor",
	"lawyer", "lawyers", "attorney", "attorneys", "judge", "chairman", "chief", "director",
	"executive", "executives", "manager", "managers", "officer", "officers", "secretary",
	"governor", "mayor", "media", "press", "reports", "surveys", "polls", "data", "figures",
	"researchers", "scientists", "activists", "protesters", "protestors", "students", "man",
	"woman", "men", "women", "person", "insiders", "allies", "ally", "aide", "staff",
	"staffer", "staffers", "operatives", "strategists", "strategist", "pollster", "pollsters",
	"consultant", "consultants", "rebels", "militants", "army", "ministries", "embassy",
	"foundation", "institute", "association", "organization", "organisation", "corporation",
	"unit", "subsidiary", "producer", "producers", "exporters", "importers", "industry",
	"sources", "source", "communique", "announcement", "bulletin", "newsletter", "editorial",
	"lawsuit", "complaint", "indictment", "filing", "ruling", "opinion", "decision",
	"host", "anchor", "writer", "author", "columnist", "editor", "reporter", "correspondent",
	"congressman", "congresswoman", "representative", "lawmaker", "chancellor", "premier",
	"king", "prince", "queen", "emir", "general", "commander", "envoy", "ambassador",
	"leadership", "cabinet", "parliament", "congress", "senate", "regime", "authority",
	"mission", "delegation", "team", "side", "coalition", "alliance", "federation",
	"bureau", "service", "services", "police", "spokespeople", "counsel", "surrogate",
	"surrogates", "friend", "friends", "neighbor", "neighbors", "witness", "father",
	"mother", "wife", "husband", "daughter", "son", "brother", "sister", "veteran", "veterans",
	"fans", "backers", "donors", "contributors", "families", "family", "teacher", "teachers",
	"doctor", "doctors", "nurse", "nurses", "officials", "unions", "businesses", "groups",
	"employee", "employees")

// groupNouns are plural, generic speakers ("analysts said").
var groupNouns = set("analysts", "experts", "residents", "witnesses", "diplomats",
	"economists", "traders", "dealers", "lawmakers", "critics", "supporters", "opponents",
	"observers", "people", "voters", "americans", "republicans", "democrats", "members",
	"organizers", "organisers", "activists", "protesters", "protestors", "students",
	"insiders", "allies", "aides", "advisers", "advisors", "strategists", "pollsters",
	"consultants", "rebels", "militants", "officials", "investigators", "prosecutors",
	"lawyers", "attorneys", "executives", "managers", "officers", "researchers",
	"scientists", "producers", "exporters", "importers", "fans", "backers", "donors",
	"families", "teachers", "doctors", "nurses", "friends", "neighbors", "veterans", "staffers",
	"operatives", "surrogates", "bankers", "brokers", "industry", "employees")

// documentNouns are written sources ("the report said").
var documentNouns = set("report", "statement", "survey", "poll", "study", "document", "memo",
	"letter", "communique", "announcement", "bulletin", "newsletter", "editorial", "lawsuit",
	"complaint", "indictment", "filing", "ruling", "opinion", "decision", "data", "figures",
	"reports", "surveys", "polls", "book", "article", "analysis", "release", "post", "tweet",
	"ad", "advertisement", "video", "paper", "proposal", "plan", "order", "bill", "text",
	"statistics")

// mediaNouns are outlets as a kind ("Russian media", "state television").
var mediaNouns = set("media", "press", "newspaper", "newspapers", "radio", "television",
	"tv", "magazine", "daily", "weekly", "network", "website", "broadcaster", "agency",
	"outlet", "outlets", "paper", "channel", "station", "wire")

// anonymousCues mark a speaker who is not named.
var anonymousCues = []string{"who asked not to be named", "who declined to be named",
	"who spoke on condition of anonymity", "who spoke on the condition of anonymity",
	"who requested anonymity", "who asked not to be identified", "who did not want to be named",
	"who declined to be identified", "not authorized to", "not authorised to"}

// anonymousHeads are noun-phrase heads of unnamed sources.
var anonymousHeads = set("source", "sources", "official", "officials", "insider", "insiders",
	"person", "people", "aide", "aides", "diplomat", "diplomats")

// pressPeople are the people of a news outlet an addressee can be: "told a
// Radio Monte Carlo interviewer", "told Le Monde reporters".
var pressPeople = set("interviewer", "interviewers", "reporter", "reporters", "correspondent",
	"correspondents", "journalist", "journalists", "editor", "editors")

// audienceWords after "told" name an audience, not a relay: "told reporters".
var audienceWords = set("reporters", "journalists", "parliament", "congress", "lawmakers",
	"supporters", "crowd", "audience", "crowds", "students", "delegates", "members",
	"senators", "voters", "people", "guests", "listeners", "viewers", "readers", "workers",
	"troops", "soldiers", "residents", "colleagues", "attendees", "rally", "conference",
	"committee", "council", "assembly", "party", "donors", "investors", "analysts",
	"shareholders", "the")

// afterVerbAdjuncts can stand between a reporting verb and its clause ("said
// on Tuesday that", "said in a statement that").
var prepositions = set("on", "in", "at", "during", "after", "before", "to", "for", "of",
	"about", "with", "from", "by", "over", "via", "through", "into", "against", "than",
	"as", "like", "upon", "under", "toward", "towards", "among", "amid", "across", "around",
	"behind", "beyond", "despite", "within", "without", "outside", "inside", "per")

// titleWords are titles that may stand before a name and are not part of it
// ("Marshal Khalifa Haftar", "Russian President Vladimir Putin").
var titleWords = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
	"gen", "gen.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "lt", "lt.", "col", "col.",
	"maj", "maj.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.", "rev", "rev.", "sir", "dame",
	"lord", "lady", "president", "vice", "prime", "minister", "secretary", "senator",
	"governor", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "emir",
	"sultan", "sheikh", "shaikh", "ayatollah", "marshal", "field", "general", "colonel",
	"major", "captain", "admiral", "commander", "chancellor", "premier", "chairman",
	"chairwoman", "director", "chief", "spokesman", "spokeswoman", "ambassador", "pope",
	"cardinal", "archbishop", "bishop", "father", "imam", "rabbi", "pastor", "foreign",
	"defense", "defence", "interior", "finance", "state", "attorney", "deputy", "acting",
	"former", "crown", "speaker", "leader", "representative", "congressman", "congresswoman",
	"sens.", "reps.", "gens.", "house", "senate", "majority", "minority", "democratic",
	"republican", "presidential", "candidate", "nominee", "supreme", "court", "federal",
	"u.s.", "u.n.", "white", "economy", "trade", "energy", "oil", "agriculture",
	"treasury", "commerce", "labor", "labour", "health", "education", "transport",
	"industry", "petroleum", "information", "justice", "exchequer")

// nameParticles may stand inside a name in lower case (Charles de Gaulle,
// Osama bin Laden).
var nameParticles = set("de", "da", "del", "della", "di", "du", "la", "le", "van", "von",
	"der", "den", "bin", "ibn", "al", "el", "dos", "das", "do", "y", "abu", "ben", "ter", "st.",
	"et") // "Justitia et Pax", "Moet et Chandon"

// nonNames are capitalised words that do not name a speaker even when they
// stand before a reporting verb.
var nonNames = set("the", "a", "an", "but", "and", "or", "so", "yet", "then", "now",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
	"nov.", "dec.", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that",
	"there", "when", "while", "as", "if", "after", "before", "also", "however", "still",
	"even", "only", "meanwhile", "instead", "indeed", "although", "though", "because", "unless", "whereas")

// maleFirst and femaleFirst are titles that tell a pronoun's gender; first
// names are not listed (the nearest compatible mention wins).
var maleTitles = set("mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "he")
var femaleTitles = set("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen",
	"princess", "sister", "she", "madam")
