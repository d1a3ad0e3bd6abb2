package attribution

import (
	"strings"
	"testing"
)

// speakerOf returns the quote of a whose text starts with prefix.
func find(a Analysis, prefix string) *Quote {
	for i := range a.Quotes {
		if strings.HasPrefix(a.Quotes[i].Text, prefix) {
			return &a.Quotes[i]
		}
	}
	return nil
}

func TestSieves(t *testing.T) {
	tests := []struct {
		name, text, quote string
		kind, speaker     string // speaker: resolved name, "" when none (a pronoun without antecedent, "the minister")
		mention, rule     string // mention: the local text of the speaker
		via               string // relays joined by ">"
	}{
		{"quote, speaker verb", `“We spoke in general,” Haftar told reporters after the talks.`,
			"We spoke in general", "direct", "Haftar", "Haftar", ruleSpeakerVerb, ""},
		{"quote, verb speaker with apposition", `"It is a serious outbreak," said Hugh Hill, a doctor at the clinic.`,
			"It is a serious outbreak", "direct", "Hugh Hill", "Hugh Hill", ruleVerbSpeaker, ""},
		{"role before name", `“Contacts take place,” Kremlin spokesman Dmitry Peskov told reporters on Tuesday.`,
			"Contacts take place", "direct", "Dmitry Peskov", "Dmitry Peskov", ruleSpeakerVerb, ""},
		{"participle, the subject before a time", `The central bank last night raised the requirement to 19 pct, saying that excess liquidity threatened inflation targets.`,
			"excess liquidity", "indirect", "", "The central bank", ruleReportedThat, ""},
		{"chant, a short question", `The protesters chanted “What curfew?” and kept going.`,
			"What curfew?", "direct", "protesters", "The protesters", ruleLeadIn, ""},
		{"chant, an exclamation", `As the motorcade passed, the crowd chanted, "Lock her up!"`,
			"Lock her up!", "direct", "", "the crowd", ruleLeadIn, ""},
		{"lead-in with colon", `Haftar told reporters: “We explained our position.”`,
			"We explained our position", "direct", "Haftar", "Haftar", ruleLeadIn, ""},
		{"relay quoted as saying", `“Our relations are crucial,” the TASS news agency quoted Haftar as saying.`,
			"Our relations are crucial", "direct", "Haftar", "Haftar", ruleRelayQuoted, "TASS"},
		{"told an outlet", `"We will not give up," the minister told Reuters in an interview.`,
			"We will not give up", "direct", "", "the minister", ruleSpeakerVerb, "Reuters"},
		{"pronoun", "Sergei Shoigu met the delegation.\n\n“We are ready,” he said.",
			"We are ready", "direct", "Sergei Shoigu", "he", ruleSpeakerVerb, ""},
		{"pronoun by gender", "“We will win,” Hillary Clinton said.\n\n“We will not,” Donald Trump said.\n\n“We have a plan,” she said.",
			"We have a plan", "direct", "Hillary Clinton", "she", ruleSpeakerVerb, ""},
		{"pronoun by title", "“We will win,” Mrs. Clinton said.\n\n“We will not,” Mr. Trump said.\n\n“We have a plan,” she said.",
			"We have a plan", "direct", "Clinton", "she", ruleSpeakerVerb, ""},
		{"fullest name", "Marshal Khalifa Haftar arrived in Moscow.\n\n“We are ready,” Haftar said.",
			"We are ready", "direct", "Khalifa Haftar", "Haftar", ruleSpeakerVerb, ""},
		{"continuation paragraph", "“We are ready,” Haftar said.\n\n“We will win.”",
			"We will win", "direct", "Haftar", "Haftar", ruleSameSpeaker, ""},
		{"multi-paragraph quote", "Haftar said: “We are ready.\n\n“We will win.”",
			"We will win", "direct", "Haftar", "Haftar", ruleContinuation, ""},
		{"lead-in paragraph", "Haftar told reporters after the talks:\n\n“We will win this war.”",
			"We will win this war", "direct", "Haftar", "Haftar", ruleLeadInPara, ""},
		{"common noun speaker", `“It is temporary,” the official said.`,
			"It is temporary", "direct", "official", "the official", ruleSpeakerVerb, ""},
		{"transcript label", "Q: Was it worth it?\n\nJAKE TAPPER: Donald Trump released a video on Friday about the race.",
			"Donald Trump released a video", "indirect", "Jake Tapper", "JAKE TAPPER", ruleTranscript, ""},
		{"participle after an inverted attribution", `“It is not new,” said Rep. Bobby Scott at the time, adding that the state had changed.`,
			"the state had changed", "indirect", "Bobby Scott", "Bobby Scott", ruleReportedThat, ""},
		{"declined to comment", "A spokeswoman for the campaign declined to comment on the report.",
			"to comment on the report", "indirect", "spokeswoman", "A spokeswoman", ruleDeclinedAsked, ""},
		{"asked whether, by an asker", "Clinton was asked by moderator Chuck Todd whether she would appoint him to her cabinet.",
			"whether she would appoint him to her cabinet", "indirect", "Chuck Todd", "Chuck Todd", ruleDeclinedAsked, ""},
		{"asked an addressee whether", "Reuters asked the Ohio governor whether he would sign the bill.",
			"whether he would sign the bill", "indirect", "Reuters", "Reuters", ruleDeclinedAsked, ""},
		{"speaker label", `Clinton: “Our goal is to defeat ISIS.” Bush: “The mission is to destroy ISIS.”`,
			"The mission is to destroy ISIS", "direct", "Bush", "Bush", ruleLabel, ""},
		{"went on", "She spoke for an hour.\n\nShe went on: “It makes no sense to me at all.”",
			"It makes no sense", "direct", "", "She", ruleLeadIn, ""},
		{"adverb before the verb", `Trump jokingly said, “I am becoming mainstream now.”`,
			"I am becoming mainstream", "direct", "Trump", "Trump", ruleLeadIn, ""},
		{"verb not in the lexicon", `“People are afraid of wasting their votes,” Haftar surmised.`,
			"People are afraid", "direct", "Haftar", "Haftar", ruleUnknownVerb, ""},
		{"paragraph speaker", "Mr. Hedge said so from his office in Orlando. “Golf is a razor-thin industry for investors.”",
			"Golf is a razor-thin industry", "direct", "Hedge", "Hedge", ruleParagraph, ""},
		{"as X noted", "As Comey noted, people involved in the case could still face sanctions.",
			"people involved in the case", "indirect", "Comey", "Comey", ruleAsSaid, ""},
		{"plural possessive of a name", "Bernie Sanders spoke on Monday.\n\nIn response to Sanders' charge that she was weak on climate, Clinton changed course.",
			"she was weak on climate", "indirect", "Bernie Sanders", "Sanders'", ruleReportedThat, ""},
		{"comma after a parenthesis", "Sen. Jack Reeves (D-R.I.), said the plan would fail.",
			"the plan would fail", "indirect", "Jack Reeves", "Jack Reeves", ruleReportedThat, ""},
		{"aside before a relative clause", "Sanders, meanwhile, who has no such endorsements, said the count speaks volumes.",
			"the count speaks volumes", "indirect", "Sanders", "Sanders", ruleReportedThat, ""},
		{"second verb after an auxiliary", "The mayor opposes the plan but has since said he would vote for it.",
			"he would vote for it", "indirect", "", "The mayor", ruleReportedThat, ""},
		{"statement saying, its issuer", "Minutes later, the campaign issued a statement saying that the rally was postponed.",
			"the rally was postponed", "indirect", "", "the campaign", ruleReportedThat, ""},
		{"with a share saying", "The mayor has improved his standing, with 30 percent of voters saying they have a positive view of him.",
			"they have a positive view of him", "indirect", "voters", "voters", ruleReportedThat, ""},
		{"mid-clause attribution", "The Republican nominee, he said, watched the games with his family.",
			"watched the games with his family", "indirect", "", "he", ruleMidClause, ""},
		{"clause goes on after a mid-clause attribution", "What really got under her skin, she said, was a question at a town hall last week.",
			"was a question at a town hall", "indirect", "", "she", ruleMidClause, ""},
		{"verb before a speaker with a long apposition", "Even as the race moves to New York, a state she hoped to carry, the race will be tight, said Dan Gerstein, director of Gotham Ghostwriters and an independent political analyst in New York City.",
			"Even as the race moves to New York", "indirect", "Dan Gerstein", "Dan Gerstein", ruleClauseVerb, ""},
		{"relative clause inside the subject", "Geoff Garin, a pollster who advises the super PAC Priorities USA Action, said his focus groups show that her positions resonate with voters.",
			"his focus groups show", "indirect", "Geoff Garin", "Geoff Garin", ruleReportedThat, ""},
		{"second verb's own clause", "Greenberg noted that Clinton has been able to rebound in the past and said she can do so again.",
			"she can do so again", "indirect", "Greenberg", "Greenberg", ruleReportedThat, ""},
		{"adjunct before the clause", "United Gun Group said in a statement Thursday night they pulled the listing from the site.",
			"they pulled the listing", "indirect", "United Gun Group", "United Gun Group", ruleReportedThat, ""},
		{"participle after an occasion noun", `Baker said in a television interview aired here yesterday: "We don't have a target for the dollar."`,
			"We don't have a target", "direct", "Baker", "Baker", ruleLeadIn, ""},
		{"the Kremlin is a name", "When asked, the Kremlin did not say whether it might offer support, describing the talks as business as usual.",
			"the talks as business as usual", "indirect", "Kremlin", "the Kremlin", ruleVerbObject, ""},
		{"verb and object", "Sanders criticized the trade deal as a giveaway to corporations.",
			"the trade deal as a giveaway to corporations", "indirect", "Sanders", "Sanders", ruleVerbObject, ""},
		{"passive evaluation", "The plan was criticized by Senator Elizabeth Warren.",
			"The plan", "indirect", "Elizabeth Warren", "Elizabeth Warren", ruleVerbObject, ""},
		{"anonymous", `“The talks failed,” a senior official, who asked not to be named, said.`,
			"The talks failed", "direct", "senior official", "a senior official", ruleSpeakerVerb, ""},
		{"reported that", "The minister said on Tuesday that the talks had failed.",
			"the talks had failed", "indirect", "", "The minister", ruleReportedThat, ""},
		{"reported, told addressee", "Haftar told Lavrov he had met Sergei Shoigu on Monday.",
			"he had met Sergei Shoigu on Monday", "indirect", "Haftar", "Haftar", ruleReportedThat, ""},
		{"clause then speaker", "The talks had failed, the minister said on Tuesday.",
			"The talks had failed", "indirect", "", "the minister", ruleClauseVerb, ""},
		{"according to", "Haftar requested military support in September, according to Russian media.",
			"Haftar requested military support in September", "indirect", "Russian media", "Russian media", ruleAccordingTo, ""},
		{"mixed", "He said the plan was “a disaster” for farmers.",
			"the plan was “a disaster” for farmers", "mixed", "", "He", ruleReportedThat, ""},
		{"quoted fragment after verb", "The senator called the plan “a disaster for farmers” on Monday.",
			"the plan “a disaster for farmers” on Monday", "mixed", "", "The senator", ruleVerbFragment, ""},
		{"parenthesis after the name, then an apposition", "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many fellow superdelegates.",
			"he has spoken with many fellow superdelegates", "indirect", "Sander M. Levin", "Sander M. Levin", ruleReportedThat, ""},
		{"long role before the name", "Two children were among the passengers, Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said.",
			"Two children were among the passengers", "indirect", "Benali Cherif Abdelaziz", "Benali Cherif Abdelaziz", ruleClauseVerb, ""},
		{"inverted, role for a body, then the name", "He also had a voice in decisions about investments, said a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, who is now a lawyer.",
			"He also had a voice in decisions about investments", "indirect", "Oleg Voloshyn", "Oleg Voloshyn", ruleClauseVerb, ""},
		{"participle after an introduction with commas", "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, saying that his former rival would make an outstanding president.",
			"his former rival would make an outstanding president", "indirect", "Bernie Sanders", "Bernie Sanders", ruleReportedThat, ""},
		{"age in an apposition", "Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted major change.",
			"she wanted major change", "indirect", "Roxana M. Leon", "Roxana M. Leon", ruleReportedThat, ""},
		{"inverted, possessive role, then the name", "The plant is under intense pressure from imports, said the company's chief executive, John J. Ferriola.",
			"The plant is under intense pressure from imports", "indirect", "John J. Ferriola", "John J. Ferriola", ruleClauseVerb, ""},
		{"adverb before the name", "Even China, Pyongyang's only ally, said it was opposed to the test.",
			"it was opposed to the test", "indirect", "China", "China", ruleReportedThat, ""},
		{"a place with its state inside the apposition", "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he already received overtime.",
			"he already received overtime", "indirect", "Paul Porter", "Paul Porter", ruleReportedThat, ""},
		{"inverted, a place after the name", "India has more cultural resonance through films, says political scientist Dossym Satpayev in Almaty.",
			"India has more cultural resonance through films", "indirect", "Dossym Satpayev", "Dossym Satpayev", ruleClauseVerb, ""},
		{"a senator of his state, an abbreviation in the apposition", "Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote on Monday.",
			"the chamber will vote on Monday", "indirect", "John Cornyn", "John Cornyn", ruleReportedThat, ""},
		{"time between subject and verb", "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
			"the party was not in a crisis", "indirect", "Sean Spicer", "Sean Spicer", ruleReportedThat, ""},
		{"apposition between dashes", "Kall -- co-editor of Debating The Donald, a book on Trump's debates -- said the candidate tended to make announcements.",
			"the candidate tended to make announcements", "indirect", "Kall", "Kall", ruleReportedThat, ""},
		{"name between dashes after a role", "A former Republican presidential candidate — John McCain, who lost the 2008 election — said the president offered no changes.",
			"the president offered no changes", "indirect", "John McCain", "John McCain", ruleReportedThat, ""},
		{"age and hometown in appositions", "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.",
			"the event brought back memories", "indirect", "Donna Sampson Rawlings", "Donna Sampson Rawlings", ruleReportedThat, ""},
		{"adjunct with a comma before the clause", "One Republican hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to root for Iowa.",
			"she plans to root for Iowa", "indirect", "Carly Fiorina", "Carly Fiorina", ruleReportedThat, ""},
		{"addressee with a place", "Christine Todd Whitman, the former New Jersey governor, told The Star-Ledger of Newark last week she would rather vote for Clinton.",
			"she would rather vote for Clinton", "indirect", "Christine Todd Whitman", "Christine Todd Whitman", ruleReportedThat, ""},
		{"participle after a sentence of another verb", "Then he cut into Bush, calling him a “stiff” and a “spoiled child.”",
			"him a “stiff” and a “spoiled child.”", "mixed", "", "he", ruleVerbFragment, ""},
		{"relative clause after an apposition", `Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 said the GOP's goal was to make Obama a "one-term president."`,
			`the GOP's goal was to make Obama a "one-term president."`, "mixed", "Mitch McConnell", "who", ruleReportedThat, ""},
		{"relative clause after a prepositional phrase", "Clinton was supported by Sen. Dianne Feinstein, the ranking Democrat on the Senate Intelligence Committee, who said none of the emails originated with Clinton.",
			"none of the emails originated with Clinton", "indirect", "Dianne Feinstein", "who", ruleReportedThat, ""},
		{"initials joined by 'and'", "S and P cited a 400 mln dlr provision to reserves.",
			"a 400 mln dlr provision to reserves", "indirect", "S and P", "S and P", ruleVerbObject, ""},
		{"second verb of an earlier subject", `There were sharper references, such as when Cruz knocked Rubio on trade and called him a "moderate," a dig at him.`,
			`him a "moderate,"`, "mixed", "Cruz", "Cruz", ruleVerbObject, ""},
		{"an outlet whose name ends in a verb", "Weiner sent lurid tweets to another woman, the New York Post reported.",
			"Weiner sent lurid tweets to another woman", "indirect", "New York Post", "the New York Post", ruleClauseVerb, ""},
		{"bare plural opening the sentence", `Corporate lobbyists describe such work as "a different cup of tea" than contract lobbying.`,
			`such work as "a different cup of tea" than contract lobbying`, "mixed", "Corporate lobbyists", "Corporate lobbyists", ruleVerbFragment, ""},
		{"inverted, role for a body", "The plan will fail, said a spokesman for the ministry.",
			"The plan will fail", "indirect", "spokesman", "a spokesman", ruleClauseVerb, ""},
	}
	var r Resolver
	for _, tt := range tests {
		a := r.Analyze(tt.text)
		q := find(a, tt.quote)
		if q == nil {
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text)
			}
			t.Errorf("%s: no quote %q in %q; found %q", tt.name, tt.quote, tt.text, got)
			continue
		}
		if string(q.Kind) != tt.kind {
			t.Errorf("%s: kind %s, want %s", tt.name, q.Kind, tt.kind)
		}
		if q.Speaker == nil {
			t.Errorf("%s: no speaker, want %q", tt.name, tt.speaker)
			continue
		}
		if q.Speaker.Name != tt.speaker {
			t.Errorf("%s: speaker %q, want %q", tt.name, q.Speaker.Name, tt.speaker)
		}
		if q.Speaker.Text != tt.mention {
			t.Errorf("%s: mention %q, want %q", tt.name, q.Speaker.Text, tt.mention)
		}
		if got := tt.text[q.Speaker.Span.Start:q.Speaker.Span.End]; got != q.Speaker.Text {
			t.Errorf("%s: mention span holds %q, text %q", tt.name, got, q.Speaker.Text)
		}
		if q.Rule != tt.rule {
			t.Errorf("%s: rule %s, want %s", tt.name, q.Rule, tt.rule)
		}
		var via []string
		for _, v := range q.Via {
			via = append(via, v.Name)
		}
		if strings.Join(via, ">") != tt.via {
			t.Errorf("%s: via %q, want %q", tt.name, via, tt.via)
		}
	}
}

// TestNotQuotes checks that scare quotes, titles, negated and infinitive
// verbs and beliefs give nothing.
func TestNotQuotes(t *testing.T) {
	for _, text := range []string{
		`He leads the so-called “woke” agenda.`,
		`The film “Saturday Night Live” aired on Monday.`,
		`A man who goes by “Shorty” was arrested.`,
		`When asked, the Kremlin did not say whether it would help.`,
		`He went to Moscow to tell him about his needs.`,
		`It is too soon to say whether the plan will work.`,
		`Many suspect he seeks national power.`,
		`Search terms included "ambassador," "attack," "Benghazi," and "Libya."`,
		`Strikes by seamen and by petrol station owners in four states are causing headaches to the government.`,
		`Television reports showed some of these protests still continuing today.`,
	} {
		var r Resolver
		if a := r.Analyze(text); len(a.Quotes) > 0 {
			t.Errorf("Analyze(%q) found %q (%s), want nothing", text, a.Quotes[0].Text, a.Quotes[0].Kind)
		}
	}
}

func TestProvenance(t *testing.T) {
	tests := []struct {
		text string
		want Provenance
	}{
		{"HEADLINE\n\nMOSCOW: Libyan commander met Lavrov.\n\nA caption here. (AFP)\n\n© PressReader. All rights reserved.",
			Provenance{Dateline: "MOSCOW", Platform: "PressReader", PhotoCredit: "AFP"}},
		{"ABU DHABI, June 29 - Yugoslavia and the UAE agreed.", Provenance{Dateline: "ABU DHABI"}},
		{"NEW YORK, Nov. 19 (UPI) — Former Secretary of State Hillary Clinton spoke.", Provenance{Dateline: "NEW YORK", Wire: "UPI"}},
		{"LONDON (Reuters) - Shares fell.", Provenance{Dateline: "LONDON", Wire: "Reuters"}},
		{"OSAKA, Japan, April 27 - Shares fell.", Provenance{Dateline: "OSAKA"}},
		{"CLEARWATER, Fla., March 3 - Shares fell.", Provenance{Dateline: "CLEARWATER"}},
	}
	var r Resolver
	for _, tt := range tests {
		if got := r.Analyze(tt.text).Provenance; got != tt.want {
			t.Errorf("Analyze(%q).Provenance = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

// TestQuotationStructure checks how segments join into one quotation: an
// interrupted quote and a multi-paragraph quote are one group with one
// speaker, and a nested quote does not take the outer quote's speaker.
func TestQuotationStructure(t *testing.T) {
	var r Resolver
	a := r.Analyze(`“We are ready,” Haftar said, “and we will win.”`)
	if len(a.Quotes) != 2 || a.Quotes[0].Group != a.Quotes[1].Group {
		t.Fatalf("interrupted quote: %d quotes, groups %v; want 2 segments of one group", len(a.Quotes), groupsOf(a))
	}
	for _, q := range a.Quotes {
		if q.Speaker == nil || q.Speaker.Name != "Haftar" {
			t.Errorf("interrupted quote: segment %q has speaker %+v, want Haftar", q.Text, q.Speaker)
		}
	}

	a = r.Analyze("Haftar said: “We are ready.\n\n“We will win.\n\n“And we will rebuild.”\n\nThe talks ended.")
	if len(a.Quotes) != 3 || a.Quotes[0].Group != a.Quotes[2].Group {
		t.Fatalf("multi-paragraph quote: %d quotes, groups %v; want 3 segments of one group", len(a.Quotes), groupsOf(a))
	}

	a = r.Analyze(`“He told me ‘never again’ and left,” Amina Said told reporters.`)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker == nil || a.Quotes[0].Speaker.Name != "Amina Said" {
		t.Errorf("nested quote: %+v, want one quote by Amina Said", a.Quotes)
	}
}

func groupsOf(a Analysis) []int {
	var g []int
	for _, q := range a.Quotes {
		g = append(g, q.Group)
	}
	return g
}

func TestRoleOrg(t *testing.T) {
	for _, tt := range []struct{ role, want string }{
		{"Kremlin spokesman", "Kremlin"},
		{"Russian Foreign Minister", ""},
		{"a spokeswoman for the campaign", "campaign"},
		{"chief executive of Intel", "Intel"},
		{"White House press secretary", "White House"},
	} {
		if got := roleOrg(tt.role); got != tt.want {
			t.Errorf("roleOrg(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestReportedClauseEnds checks where reported clauses end: the whole text
// of each quote is given.
func TestReportedClauseEnds(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Greenberg noted that Clinton has been able to rebound in the past and said she can do so again.",
			[]string{"Clinton has been able to rebound in the past", "she can do so again"}},
		{"The senator said the bill would cut taxes and raise revenue.",
			[]string{"the bill would cut taxes and raise revenue"}},
		{"The question of whether to suspend every account, she said, is not so cut and dried.",
			[]string{"The question of whether to suspend every account", "is not so cut and dried"}},
		{"Foreign nationals may not donate, but companies they own may give, according to an election lawyer.",
			[]string{"Foreign nationals may not donate, but companies they own may give"}},
		{"The staffer, who worked on the server, was granted immunity, a senior official said.",
			[]string{"The staffer, who worked on the server, was granted immunity"}},
		{"Critics seized on Senator Blake's repeated calls to ban all imports from the region.",
			[]string{"to ban all imports from the region"}},
		{"Voters remembered his promise to cut property taxes, and turned out in force.",
			[]string{"to cut property taxes"}},
		{"The mayor's office said it had hired a new budget director, who previously ran the county's pension fund, according to the Tribune.",
			[]string{"it had hired a new budget director", "who previously ran the county's pension fund"}},
		{"The governor won the western counties by a wide margin, according to early returns.",
			[]string{"The governor won the western counties by a wide margin"}},
		{"According to recent polling, the incumbent holds a narrow lead among older voters.",
			[]string{"the incumbent holds a narrow lead among older voters"}},
		{"The charity built more than 200 wells last year, according to the charity's tally.",
			[]string{"The charity built more than 200 wells last year"}},
		{"He said the plan would work, which few economists believe.",
			[]string{"the plan would work"}},
		{"Geiger said the lower dollar, which had been talked down by U.S. officials, would damage exports.",
			[]string{"the lower dollar, which had been talked down by U.S. officials, would damage exports"}},
		{"An official said the imports, which will include oilseeds, grains and dairy products, would be worth four billion dlrs.",
			[]string{"the imports, which will include oilseeds, grains and dairy products, would be worth four billion dlrs"}},
		{"Bamberg said the videos do not show what is in his hands, which he said were at his side.",
			[]string{"the videos do not show what is in his hands", "were at his side"}},
		{"Clinton pointed out that the plan had failed twice before.",
			[]string{"the plan had failed twice before"}},
		{"Trump talked about his plan to build a wall on the border.",
			[]string{"his plan to build a wall on the border"}},
		{"She referred to jihadism but was careful not to link it to religion.",
			[]string{"jihadism"}},
		{"As the day went on, Trump went on the offensive.", nil},
		{"Asked if she believed Putin wanted Trump to win, Clinton said she would not jump to that conclusion.",
			[]string{"if she believed Putin wanted Trump to win", "she would not jump to that conclusion"}},
		{"When asked whether she wanted Cruz to campaign for her, she said no.",
			[]string{"whether she wanted Cruz to campaign for her"}},
		// Questions: put to one named as asked, or by the subject.
		{"“We will see,” Senator Tom Baker said when asked whether he would back the nominee.",
			[]string{"We will see,", "whether he would back the nominee"}},
		{"“It was very nice,” the businessman told Reuters in a rare interview when asked if he had met the candidate.",
			[]string{"It was very nice,", "if he had met the candidate"}},
		{"Asked on Fox News on Sunday who should lead the party, the governor said the speaker.",
			[]string{"who should lead the party", "the speaker"}},
		{"Asked why he had not endorsed her during an appearance Friday on “Face the Nation,” the senator changed the subject.",
			[]string{"why he had not endorsed her"}},
		{"Asked about the merger in an interview, the chief executive defended it.",
			[]string{"the merger"}},
		{"Whenever asked about his record, they shifted topics to the economy.",
			[]string{"his record"}},
		{"Asked which county was his favorite, he demurred.",
			[]string{"which county was his favorite"}},
		{"And when asked who they trusted most, the vast majority named the governor.",
			[]string{"who they trusted most"}},
		{"Asked if there had been any fraud in the count, Tom Baker, the campaign's spokesman, suggested the party was to blame.",
			[]string{"if there had been any fraud in the count", "the party was to blame"}},
		{"The mayor was asked to name one project that had come in under budget.",
			[]string{"to name one project that had come in under budget"}},
		{"The clerk had been asked to preserve the records by the county board.",
			[]string{"to preserve the records"}},
		{"The mayor, pressed by a reporter to release the figures, turned to the next question.",
			[]string{"to release the figures"}},
		{"The newspaper asked its readers what they thought the council was doing wrong.",
			[]string{"what they thought the council was doing wrong"}},
		{"The senator sent the referral to the attorney general, asking him to probe the claims.",
			[]string{"him to probe the claims"}},
		{"The state attorney general asked the appeals court for quick action.",
			[]string{"for quick action"}},
		{"Last week, when I asked the senator if he would ever run again, he laughed and looked away.",
			[]string{"if he would ever run again"}},
		{"The host asked the candidate about the pipeline.",
			[]string{"about the pipeline"}},
		{"Asked if the mayor is “tough enough,” 62 percent of voters said yes.",
			[]string{"if the mayor is “tough enough,”"}},
		{"A memorable ad in 2008 questioned whether the young senator was prepared to face emergencies.",
			[]string{"whether the young senator was prepared to face emergencies"}},
		{"The rate calls into question whether the donations bought access.", nil},
		// A question inside quotation marks is the quotation's.
		{"She argued that the mayor “lashed out at the union when he was asked for details.”",
			[]string{"the mayor “lashed out at the union when he was asked for details.”"}},
		// A refusal to endorse is no refusal to speak.
		{"The governor has refused to endorse the nominee.", nil},
		// Refusals end before the writer's next verb.
		{"The judge, who through his office declined to comment, was born in Gary.",
			[]string{"to comment"}},
		// The topic of questions named by a noun.
		{"The governor has faced questions about his handling of the budget.",
			[]string{"his handling of the budget"}},
		{"The report raised new questions about whether the agency had followed its own rules.",
			[]string{"whether the agency had followed its own rules"}},
		{"Clinton has vowed to raise taxes on the wealthy.",
			[]string{"to raise taxes on the wealthy"}},
		{"He pledged to enact judicial reform, fix the campaign finance system and end the war.",
			[]string{"to enact judicial reform, fix the campaign finance system and end the war"}},
		{"Russian President Vladimir Putin has blamed the West for pursuing policies that he said led to civil wars in Libya.",
			[]string{"the West for pursuing policies that he said led to civil wars in Libya", "led to civil wars in Libya"}},
		{"Sanders pointed to the polls, cracking a smile as he noted that the race had tightened.",
			[]string{"the polls", "the race had tightened"}},
		{"Rep. Tom Cole, an ally of GOP leadership, said Thursday his biggest worry about Trump is that he is unpredictable.",
			[]string{"his biggest worry about Trump is that he is unpredictable"}},
		{"China said it was opposed to the test and warned North Korea to refrain from further actions.",
			[]string{"it was opposed to the test", "North Korea to refrain from further actions"}},
		{"Sanders said he was hoping for a large turnout, which “will help elect Kloppenburg to the Supreme Court.”",
			[]string{"he was hoping for a large turnout, which “will help elect Kloppenburg to the Supreme Court.”"}},
		{"Mr. Paulson told investors that concerns about drug makers were ''overblown,'' adding that Valeant had ''significant upside.''",
			[]string{"concerns about drug makers were ''overblown,''", "Valeant had ''significant upside.''"}},
		{"Despite Mr. Trump's claims that his net worth exceeds $10 billion, the research firms put him far lower.",
			[]string{"his net worth exceeds $10 billion"}},
		{"Politifact checked Donald Trump's recent claim that there have been “thousands of shootings” in Chicago.",
			[]string{"there have been “thousands of shootings” in Chicago"}},
		{"The claim that was made yesterday is false.", nil},
		{"\"You are down to the number of people you can count and meet,\" Buchanan said, noting that Manafort did not lose a single Ford delegate.",
			[]string{"You are down to the number of people you can count and meet,", "Manafort did not lose a single Ford delegate"}},
		{"Lynch: No outside influence on FBI probe into Clinton emails.\n\nWASHINGTON (AP) — Attorney General Loretta Lynch is ready.",
			[]string{"No outside influence on FBI probe into Clinton emails"}},
		{"Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.",
			[]string{"Trump will reverse Roe v. Wade"}},
		{"The Latest: Cruz to give away engraved shotgun.", nil},
		{"Delegate Update: The latest count in the Democratic race.", nil},
		{`The former secretary of state will play the "woman card," Fiorina said, adding that the way to go after it "is to attack her track record."`,
			[]string{`The former secretary of state will play the "woman card,"`, `the way to go after it "is to attack her track record."`}},
		{"The budget office said about half of the adjustment reflected revenue losses.",
			[]string{"about half of the adjustment reflected revenue losses"}},
		{"Obama said the country needed calm, a swipe at the disturbances at some of Trump's rallies.",
			[]string{"the country needed calm"}},
		{"Most Democrats said Clinton was honest, but 55 percent of all voters say she is not.",
			[]string{"Clinton was honest", "she is not"}},
		{"She said Russian hackers broke into the committee's computers and she accused Donald Trump of encouraging them.",
			[]string{"Russian hackers broke into the committee's computers", "Donald Trump of encouraging them"}},
		{"If it doesn't slow down, forecasters say health spending will cripple the economy.",
			[]string{"health spending will cripple the economy"}},
		{"Under federal law, U.S. lobbyists must declare publicly if they represent foreign leaders.", nil},
		{"Mike Shields said nearly every conversation centers on the need for a firewall.",
			[]string{"nearly every conversation centers on the need for a firewall"}},
		{`Sen. Rand Paul said Rubio's tax plan would give money to undocumented immigrants, and called him "the leading proponent of amnesty."`,
			[]string{"Rubio's tax plan would give money to undocumented immigrants", `him "the leading proponent of amnesty."`}},
		{`"We are going to win this state and then the nomination," Sanders said, but admitted that the delegate math was hard.`,
			[]string{"We are going to win this state and then the nomination,", "the delegate math was hard"}},
		{"He is now talking about immigration in a new way.",
			[]string{"immigration in a new way"}},
		{"Cruz has said for weeks he's the only candidate in the field who can beat Trump.",
			[]string{"he's the only candidate in the field who can beat Trump"}},
		{"A person familiar with the planning for Thursday's meeting says the discussion will focus on unity.",
			[]string{"the discussion will focus on unity"}},
		{"Democrats trying to regain control of the Senate say they have a powerful new weapon.",
			[]string{"they have a powerful new weapon"}},
		{"Joining Rubio in the group seeking a breakout were three moderates who say little.", nil},
		{"This is not about me, President Obama told his closest advisers as he labored over one of the last major addresses of his presidency.",
			[]string{"This is not about me"}},
		{`Perez hammered Trump, calling him a "train wreck" and "outsourcer in chief," and contrasted him with Clinton.`,
			[]string{`him a "train wreck" and "outsourcer in chief,"`}},
		{"''Roger was going to do what Roger was going to do,'' Mr. Axelrod said, calling the Fox News chief ''brilliant.''",
			[]string{"Roger was going to do what Roger was going to do,", "the Fox News chief ''brilliant.''"}},
		{"The real estate tycoon entered the race with harsh words about immigrants, calling them rapists and vowing to build a wall.",
			[]string{"them rapists"}},
		{"Just a few weeks ago, as Western Journalism reported, Thor and Beck were discussing a hypothetical situation.",
			[]string{"Thor and Beck were discussing a hypothetical situation"}},
		{"Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes filled the skies with messages.",
			[]string{"at least six planes filled the skies with messages"}},
		{"He said both Obama and Biden have been fair to him, despite some recent suggestions by the news media.",
			[]string{"both Obama and Biden have been fair to him"}},
		{`Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed compliment.`,
			[]string{`both Rubio and Cruz are "non-entities in the Senate,"`}},
		{"The golf industry, she said, is ''doing much better than it's looked since 2009.''",
			[]string{"The golf industry", "is ''doing much better than it's looked since 2009.''"}},
		{"Asked if Sanders is “realistic enough to serve as president,” 72 percent of Democrats said yes.",
			[]string{"if Sanders is “realistic enough to serve as president,”"}},
		{"Though Sanders is gaining ground, Clinton maintains a commanding lock on the party's leadership.", nil},
		{"The Fed added reserves indirectly via customer repurchase agreements.", nil},
		{"In the meantime, Mr. Kerry continues to pursue diplomacy in Geneva.", nil},
		{"He added producers still expected more from the Commission.",
			[]string{"producers still expected more from the Commission"}},
		{"He added conditions in the capital market currently remained favourable.",
			[]string{"conditions in the capital market currently remained favourable"}},
		{"In the 13 states where Edison Research has conducted exit polls, Trump won most of them.", nil},
		{"Most Southern states that will hold contests March 1 have sizable minority populations.", nil},
		{"The report states that the plan would cost $10 billion.",
			[]string{"the plan would cost $10 billion"}},
		{"Trump went to that debate, because, according to Trump, the media would call him a chicken if he didn't.",
			[]string{"the media would call him a chicken if he didn't"}},
		{"Trump leads by 15 points in Indiana, according to the 50-state poll, and has a small lead in Ohio.",
			[]string{"Trump leads by 15 points in Indiana"}},
		{"According to E. J. Fleming's ''The Fixers'' and other sources, his was an all-purpose job.",
			[]string{"his was an all-purpose job"}},
		{"The campaign tried other data vendors, including a firm called Cambridge Analytica.", nil},
		{"The brewery is offering a special convention beer called “Swing State Pale Ale” this week.", nil},
		{`"She's a flawed candidate, a bad candidate," Trump said Wednesday on ABC's "Good Morning America."`,
			[]string{"She's a flawed candidate, a bad candidate,"}},
		{"In interviews, Democrats cited several factors for the low turnout.",
			[]string{"several factors for the low turnout"}},
		{"Later, Senator Bernie Sanders questioned Mr. Trump's veracity.",
			[]string{"Mr. Trump's veracity"}},
		{"Exports fell by a third in March, the agency reported, citing customs officials.",
			[]string{"Exports fell by a third in March"}},
		{"Alastair Osman called him a kind, loving and admirable person.",
			[]string{"him a kind, loving and admirable person"}},
		{"Republicans were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”",
			[]string{"it a “Chinese menu.”"}},
		{"Sanders and Trump have double-digit leads there, although history says there can be major upheavals.",
			[]string{"there can be major upheavals"}},
		{"But hacking specialists say the most harmful information might not even be genuine.",
			[]string{"the most harmful information might not even be genuine"}},
		{"As The Washington Post reported, he would then need to win 55 percent of the remaining delegates.",
			[]string{"he would then need to win 55 percent of the remaining delegates"}},
		{"As reported by Western Journalism, last year Seattle became the first major city to mandate a $15 minimum wage.",
			[]string{"last year Seattle became the first major city to mandate a $15 minimum wage"}},
		{"He calls for $1 trillion in new spending; she calls for $275 billion.",
			[]string{"$1 trillion in new spending", "$275 billion"}},
		{"Sanders supporters have long called for her ouster.",
			[]string{"her ouster"}},
		{"In court documents, Lazar's public defense counsel asked for a sentence of three years.",
			[]string{"a sentence of three years"}},
		{"He vowed to fight on, saying the race was not over.",
			[]string{"to fight on", "the race was not over"}},
		{"The company threatened to sue the city.",
			[]string{"to sue the city"}},
		{"The Wisconsin Republican gave Trump some credit, saying he should be congratulated, but he suggested the reality TV star is no Ronald Reagan.",
			[]string{"he should be congratulated", "the reality TV star is no Ronald Reagan"}},
		{"Trump distinguished himself in the Republican field by saying he would make nice with Putin.",
			[]string{"he would make nice with Putin"}},
		{"Illinois state Rep. Carol Ammons and California state Senate candidate Jane Kim attended the rally.", nil},
		{"Federal mandates are a burden that distract from teaching, said Wilcox, an Orlando Republican who founded defense and transportation companies after serving in the Army and the CIA.",
			[]string{"Federal mandates are a burden that distract from teaching"}},
		{"Around 30 to 70 people would show up to each event, he said.",
			[]string{"Around 30 to 70 people would show up to each event"}},
		{"In a speech last July, he said the plan would fail.",
			[]string{"the plan would fail"}},
		{"Seventy-four percent of Democrats say they have a favorable view of Clinton, compared with 64 percent for Sanders.",
			[]string{"they have a favorable view of Clinton"}},
		{"While some friends say Mr. Clinton would look zippier if he ate the occasional cheeseburger, his doctors say he has never been healthier.",
			[]string{"Mr. Clinton would look zippier if he ate the occasional cheeseburger", "he has never been healthier"}},
		{"The senator is calling for an investigation into the sale.",
			[]string{"an investigation into the sale"}},
		{"The governor spoke for an hour, calling for higher taxes on the rich.",
			[]string{"higher taxes on the rich"}},
		{"Sanders on Tuesday said he wants to close four loopholes in the tax code.",
			[]string{"he wants to close four loopholes in the tax code"}},
		{"Exports fell by a third in March, the agency reported, citing customs officials.",
			[]string{"Exports fell by a third in March"}},
		// A clause before a direct quotation of the same attribution ends
		// where the quotation's introduction begins.
		{`De Blasio said the move was made by the police commissioner and added, "Who are you going to trust?"`,
			[]string{"the move was made by the police commissioner", "Who are you going to trust?"}},
		{`He said the plan would fail, adding, "Nobody wants it."`,
			[]string{"the plan would fail", "Nobody wants it."}},
		{`DeSantis said he backed the bill, which he called “a cartel for higher education.”`,
			[]string{"he backed the bill", "a cartel for higher education."}},
		// (but a fragment inside the clause makes it mixed)
		{`He said the plan was "a disaster" for farmers.`,
			[]string{`the plan was "a disaster" for farmers`}},
		// An infinitive of a verb that carries its subject on.
		{"Small groups of protesters continued to call for more information about the shooting.",
			[]string{"more information about the shooting"}},
		{"Trump went on to say that the wall would be built.",
			[]string{"the wall would be built"}},
		{"The candidate wants to say more about taxes.", nil},
		{"Grimm talked about renewed fears of terrorism.",
			[]string{"renewed fears of terrorism"}},
		// An aside inside the clause, and a relative clause in its subject.
		{"He said the email scandal, while troublesome, was dealt with appropriately.",
			[]string{"the email scandal, while troublesome, was dealt with appropriately"}},
		{"He said the senator, whose own record is mixed, had no standing.",
			[]string{"the senator, whose own record is mixed, had no standing"}},
		// "names and addresses of": a noun, not a second verb.
		{"The agency said it had never provided the names and addresses of Japanese Americans to the military.",
			[]string{"it had never provided the names and addresses of Japanese Americans to the military"}},
		{"He said the plan would fail and warned of a crisis.",
			[]string{"the plan would fail", "a crisis"}},
		// An attribution inside a sentence whose second part is a clause of
		// its own, or goes on with a modal.
		{"But underneath the snarky criticism, Democratic sources said, Axelrod still has respect for her.",
			[]string{"But underneath the snarky criticism", "Axelrod still has respect for her"}},
		{"Those who now have the right to vote, he said, must still register to do so.",
			[]string{"Those who now have the right to vote", "must still register to do so"}},
		{"The deal was in the civil semiconductor sector, the companies said in a joint statement, but gave no details.",
			[]string{"The deal was in the civil semiconductor sector"}},
		{"The requirement was meant to curb capital that is entering the country and threatening the money supply target.", nil},
		{"The market was assigned all the bills on offer after requesting a total of 1,660 billion.", nil},
		{"Under the settlement announced today, prosecutors agreed to defer all charges.", nil},
		{"Reagan agreed to support a trade bill when it became apparent that the Democrats would pass such legislation.", nil},
		{"He believes it is a misconception to say that the British system is not as good as the U.S. system.", nil},
		{"Taft shares climbed 19, causing arbitrageurs to say investors believe the bidders may raise their price.",
			[]string{"investors believe the bidders may raise their price"}},
		{"The private air express company said one of the additions includes East Germany.",
			[]string{"one of the additions includes East Germany"}},
		// A report in the passive voice, with its reporter after "by".
		{"News of the tour's move was first reported by the Miami Herald.",
			[]string{"News of the tour's move"}},
		{"Gonzalez said the resulting deal, which was announced by the banks on Wednesday, should help.",
			[]string{"the resulting deal, which was announced by the banks on Wednesday, should help"}},
		{"The bid, which was rejected by the board on Friday, expired.",
			[]string{"The bid"}},
		{"Cash sorghum prices were reported by trade sources this morning.",
			[]string{"Cash sorghum prices"}},
		{"The proposed levy on oils and fats has been criticised by the association.", nil},
		{"No price was disclosed by the company.", nil},
		{"The investor group told the Securities and Exchange Commission it raised its stake to 9.9 pct.",
			[]string{"it raised its stake to 9.9 pct"}},
		// The subject of a participle's main verb, past a time; a "point"
		// after "percentage" is a noun.
		{"The central bank last night raised the requirement by one percentage point to 19 pct, saying that excess liquidity threatened inflation targets.",
			[]string{"excess liquidity threatened inflation targets"}},
		// A noun of speech before its own verb, and verbs that report only
		// a clause with "that".
		{"The strong jobs report has cleared the way for the Fed to raise rates.", nil},
		{"The company reports that profits rose.", []string{"profits rose"}},
		{"The emails that Mrs. Clinton had previously given to the department were released.", nil},
		{"The roll call vote began on Tuesday.", nil},
		{"The conference call was prompted by the release of the spreadsheets.", nil},
		{"Prosecutors charged the officer with first-degree murder.", nil},
		{"He charged that the vote was rigged.", []string{"the vote was rigged"}},
		{"Trump will officially accept the nomination Thursday during his speech.", nil},
		// "citing" a reason (not a source) reports the speaker's words.
		{"The company terminated the merger, citing changes in the political environment.",
			[]string{"changes in the political environment"}},
		// "reportedly": reported words without a named source.
		{"The group is reportedly spending $1.5 million on television advertisements.",
			[]string{"spending $1.5 million on television advertisements"}},
		{"Reportedly, he made threatening comments to co-workers.",
			[]string{"he made threatening comments to co-workers"}},
		// The title of a work is no quotation.
		{"In his new book, ''Doomed to Succeed,'' Mr. Ross writes that the alliance is strong.",
			[]string{"the alliance is strong"}},
		{`In his autobiography, "A Time for Truth," Simon argued that taxes were too high.`,
			[]string{"taxes were too high"}},
		// Verbs of evaluation and their objects.
		{"The senator attacked the governor's budget as reckless.",
			[]string{"the governor's budget as reckless"}},
		{"The Orlando attack is already stirring debate in Congress.", nil},
		{"Iran and Iraq have been attacking shipping in the Gulf.", nil},
		{"Paris attacks test the candidates' plans.", nil},
		{"Clinton attacked Trump, saying he would appoint conservative judges.",
			[]string{"Trump", "he would appoint conservative judges"}},
		{"In a radio interview on Sunday, he defended the senator's record on trade, saying that the deal had helped farmers.",
			[]string{"the senator's record on trade", "the deal had helped farmers"}},
		{"The chairwoman also expressed concern.",
			[]string{"concern"}},
		{"The chairwoman later denied bail.", nil},
		{"Voting rights groups have expressed deep concern about the new rules.",
			[]string{"the new rules"}},
		{"Nearly all the attendees expressed their support for the mayor.",
			[]string{"their support for the mayor"}},
		{"Cruz never mentioned Trump by name.",
			[]string{"Trump by name"}},
		{"Senator Warren Slams Trump Over Tax Returns.",
			[]string{"Trump Over Tax Returns"}},
		{"The governor won the primary by criticizing the state's teachers unions.",
			[]string{"the state's teachers unions"}},
		{"The state allowed schools to merge the two categories, a practice criticized by civil rights groups.",
			[]string{"a practice"}},
		{"The nominee should have been confirmed by now.", nil},
		{"The senator rubbed his chin, and then said the bill was dead.",
			[]string{"the bill was dead"}},
		{"The governor offered the man a job, then says he will welcome advice from anyone.",
			[]string{"he will welcome advice from anyone"}},
		{"The governor turned tougher, eventually saying he would be a disaster.",
			[]string{"he would be a disaster"}},
		{"The solution, the partner told them, was simple.",
			[]string{"The solution", "was simple"}},
		{"If anything, the mayor argued in his letter, the vote shows why the rules must change.",
			[]string{"If anything", "the vote shows why the rules must change"}},
		{"The judge said in an interview with The Associated Press last week that she would not retire.",
			[]string{"she would not retire"}},
		{"The mayor says at a campaign stop in Toledo, Ohio, that the plan has failed.",
			[]string{"the plan has failed"}},
		{"Rep. Hank Jones (D-Ga.) said in ‘08 that white voters had changed their minds.",
			[]string{"white voters had changed their minds"}},
		{"Tad Devine, Sanders' senior media adviser, said Republicans were engaged in mischief.",
			[]string{"Republicans were engaged in mischief"}},
		{"Most senators back the change, and all but two said the party should vote on it.",
			[]string{"the party should vote on it"}},
		{"Nine of 10 voters were worried about the economy; most said they were very worried.",
			[]string{"they were very worried"}},
		{"The candidate tweeted on Friday to say he had never backed the plan.",
			[]string{"he had never backed the plan"}},
		{"Republican voters were more likely to say the economy was getting worse.",
			[]string{"the economy was getting worse"}},
		{"The senator ducked the question, pointing to his record and saying that most senators are overrated.",
			[]string{"his record", "most senators are overrated"}},
	}
	var r Resolver
	for _, tt := range tests {
		var got []string
		for _, q := range r.Analyze(tt.text).Quotes {
			got = append(got, q.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Analyze(%q): quotes %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDirectOrMixed checks when a quotation is direct and when it ends a
// clause of the writer's or of a reported clause, a mixed quote that starts
// before the marks.
func TestDirectOrMixed(t *testing.T) {
	tests := []struct{ text, kind, quote string }{
		{"Ryan said it is unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”",
			"mixed", "it is unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”"},
		{"Sooner or later, “I think we will have a consumption tax,” he said.",
			"mixed", "Sooner or later, “I think we will have a consumption tax,”"},
		{"His father said Mateen “has not done this because he is a Muslim.”",
			"mixed", "Mateen “has not done this because he is a Muslim.”"},
		{"She said that, “We are going to put a lot of coal companies out of business.”",
			"mixed", "that, “We are going to put a lot of coal companies out of business.”"},
		{"A spokesman said Friday that if she were to win in November, “she would sign this legislation.”",
			"mixed", "if she were to win in November, “she would sign this legislation.”"},
		{"Petry warned that if tougher measures were not deployed, \"more homes will burn.\"",
			"mixed", "if tougher measures were not deployed, \"more homes will burn.\""},
		{"Hayek confirmed she had been and said, “America has a very severe problem with discrimination.”",
			"direct", "America has a very severe problem with discrimination."},
		{"Beck joked, again using an exaggerated Southern accent, “Amen, brother! Come on up and get baptized!”",
			"direct", "Amen, brother! Come on up and get baptized!"},
		{"Mr. Trump told CNN “We will build the wall and Mexico will pay for it.”",
			"direct", "We will build the wall and Mexico will pay for it."},
		{"“The most impressive aspect has been a newfound resilience,” like the recent volatility of markets, said Richard Curtin.",
			"mixed", "“The most impressive aspect has been a newfound resilience,” like the recent volatility of markets"},
		// The words after a fragment's closing mark: the speaker's next
		// verb, or a dash, end the quote.
		{"Mr. Lopez called the merger “a terrible deal” and ranked the chief executive among the worst.",
			"mixed", "the merger “a terrible deal”"},
		{"Gingrich dismissed the small republic as being in the “suburbs of Moscow” — the latest sign of his drift.",
			"mixed", "the small republic as being in the “suburbs of Moscow”"},
		{"The mayor said the budget “is a mess” — a view the council shares — and must be rewritten.",
			"mixed", "the budget “is a mess” — a view the council shares — and must be rewritten"},
		{"The mayor insisted that he has “expanded the tax base,” claiming credit for the new jobs downtown.",
			"mixed", "he has “expanded the tax base,”"},
		{"Sanders said he was “encouraged” by the plan — a modest boost for the president since 2009.",
			"mixed", "he was “encouraged” by the plan"},
		{"The president told voters he would consider it a “personal insult” if they stayed home, implicitly putting his name on the line.",
			"mixed", "he would consider it a “personal insult” if they stayed home"},
		{"Mr. Ruiz kept dismissing them as part of the “Albany cartel” and calling the speaker a liar.",
			"indirect", "the speaker a liar"},
		// A clause opened by "that" after an addressee, an adjunct or a
		// participle, ending in a quotation after a comma.
		{"Ms. Capito also said in an interview that in her economically depressed state, “there is a huge degree of pessimism.”",
			"mixed", "in her economically depressed state, “there is a huge degree of pessimism.”"},
		{"“Enough!” she wrote, arguing that if tougher measures were not taken, “more shelters will burn.”",
			"mixed", "if tougher measures were not taken, “more shelters will burn.”"},
		{"The governor told the crowd that if Washington wants their guns, “come and take it.”",
			"mixed", "if Washington wants their guns, “come and take it.”"},
		// A second fragment of the same clause after a first one.
		{"The senator acknowledged that there are still “some people” who feel that way, “but not among the vast majority.”",
			"mixed", "there are still “some people” who feel that way, “but not among the vast majority.”"},
		// A quotation of several sentences that ends the clause.
		{"Mr. Gingrich said that he “has talked with him for years. I do more of it by email than by phone.”",
			"mixed", "he “has talked with him for years. I do more of it by email than by phone.”"},
		// An attribution after a fragment's closing mark, with the clause
		// going on after it.
		{"Back from two hours with the president, the prime minister “looked ashen,” Mr. Arad said, from “the direct body blow.”",
			"mixed", "Back from two hours with the president, the prime minister “looked ashen,”"},
		{"Back from two hours with the president, the prime minister “looked ashen,” Mr. Arad said, from “the direct body blow.”",
			"mixed", "from “the direct body blow.”"},
		// An attribution in a subordinate clause that opens the sentence:
		// the sentence's own clause follows the comma.
		{"When the director said on Tuesday that the account had not been “successfully hacked,” private experts understood his meaning.",
			"mixed", "the account had not been “successfully hacked,”"},
		{"When the host pointed out that the senator calls it “Medicare for all,” Clinton seized upon the reference.",
			"mixed", "the senator calls it “Medicare for all,”"},
		{"When she said that even in small things, the governor was “out of step,” the crowd cheered.",
			"mixed", "even in small things, the governor was “out of step,”"},
		// "That report": no verb but a noun.
		{"Carson called that report a “boldfaced lie.”",
			"mixed", "report a “boldfaced lie.”"},
		// A single word as what someone was called.
		{"Mrs. Clinton and her allies are responding, painting Mr. Trump as a friend of extremists, or denouncing him as a “psychopath.”",
			"mixed", "him as a “psychopath.”"},
		{"\"WALLACE: Let's start with breaking news on the debate.\n\n\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n\"WALLACE: Thank you, Governor.\"",
			"indirect", "Gennifer Flowers will not be attending the debate tomorrow night"},
	}
	var r Resolver
	for _, tt := range tests {
		var got []string
		found := false
		for _, q := range r.Analyze(tt.text).Quotes {
			got = append(got, string(q.Kind)+": "+q.Text)
			if string(q.Kind) == tt.kind && q.Text == tt.quote {
				found = true
			}
		}
		if !found {
			t.Errorf("Analyze(%q): %q, want %s %q", tt.text, got, tt.kind, tt.quote)
		}
	}
}

// TestTitlesAreNotQuotes checks that the titles of articles, credited to
// their writers, are not taken for quotations.
func TestTitlesAreNotQuotes(t *testing.T) {
	text := "—“Hamilton to play Chicago in long-term run starting next fall,” by Variety's Gordon Cox: http://bit.ly/x.\n\n" +
		"—“Posthumous books could come with a lot of dollar signs,” by Boston Globe's Joseph P. Kahn: http://bit.ly/y."
	var r Resolver
	for _, q := range r.Analyze(text).Quotes {
		t.Errorf("Analyze(%q): found %s quote %q", text, q.Kind, q.Text)
	}
}

// TestHeadings checks that a subhead in quotation marks, a paragraph of its
// own in title case, is no quotation, unlike a sentence.
func TestHeadings(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"He said the mines would reopen.\n\n''Legend in the Coal Fields.''\n\nThe company has fought the regulators for years.", 0},
		{"The crowd waited for the candidate.\n\n''We will win this state.''\n\nThe chant went on for minutes.", 1},
	} {
		var r Resolver
		n := 0
		for _, q := range r.Analyze(tt.text).Quotes {
			if q.Kind == "direct" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("Analyze(%q): %d direct quotes, want %d", tt.text, n, tt.want)
		}
	}
}

// TestProgrammeTitles checks that the title of a programme someone told or
// appeared on is not taken for the words of the quotation before it.
func TestProgrammeTitles(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{`"We have to increase the bombings," the nominee told "Fox and Friends."`, "We have to increase the bombings,"},
		{`"North Korea is a paranoid nation," the senator told ABC's "Good Morning America."`, "North Korea is a paranoid nation,"},
	} {
		var r Resolver
		var got []string
		for _, q := range r.Analyze(tt.text).Quotes {
			got = append(got, q.Text)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("Analyze(%q): quotes %q, want only %q", tt.text, got, tt.want)
		}
	}
}
