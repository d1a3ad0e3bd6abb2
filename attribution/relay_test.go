package attribution

import (
	"strings"
	"testing"
)

// TestRelays checks the citation chain of quotes that reach the page through
// agencies, papers and broadcasters, in the frames wire copy uses. The
// sentences are written for this test after the patterns of real wire
// stories.
func TestRelays(t *testing.T) {
	tests := []struct {
		text, quote string
		speaker     string // the resolved name, or the mention's text when unnamed
		via         string // relay>relation, nearest the speaker first, joined by " "
	}{
		{`"Our ties are vital," the TASS news agency quoted Haftar as saying.`,
			"Our ties are vital", "Haftar", "TASS>quoted"},
		{`The official Xinhua news agency quoted Premier Li Peng as saying the reforms would go on.`,
			"the reforms would go on", "Li Peng", "Xinhua>quoted"},
		{`The financial daily quoted Karl Otto Poehl as saying in an interview that rates would stay where they are.`,
			"rates would stay where they are", "Karl Otto Poehl", "financial daily>quoted"},
		{`Diplomats quoted Commission president Jacques Delors as saying that talks were at a turning point.`,
			"talks were at a turning point", "Jacques Delors", "diplomats>quoted"},
		{`Finance Minister Ali Yusuf was quoted by the Kuwait News Agency as saying output would be cut.`,
			"output would be cut", "Ali Yusuf", "KUNA>quoted"},
		{`Oil Minister Hisham Nazer was quoted as saying the kingdom would defend prices.`,
			"the kingdom would defend prices", "Hisham Nazer", ""},
		{`"We will not retreat," Tehran radio, monitored by the BBC, quoted the speaker of parliament as saying.`,
			"We will not retreat", "the speaker of parliament", "IRIB>quoted BBC>monitored"},
		{`"Prices must rise," central bank governor Ana Ruiz told Reuters in an interview.`,
			"Prices must rise", "Ana Ruiz", "Reuters>interview"},
		{`A senior banker told Reuters the loan talks had stalled.`,
			"the loan talks had stalled", "senior banker", "Reuters>told"},
		{`FECSA's General Manager, Jose Zaforteza, told Reuters the talks would go better.`,
			"the talks would go better", "Jose Zaforteza", "Reuters>told"},
		{`The minister will report a deficit of nine billion yuan on Thursday, foreign bankers and diplomats told Reuters.`,
			"The minister will report a deficit", "foreign bankers and diplomats", "Reuters>told"},
		{`The minister told reporters the strike would end soon.`,
			"the strike would end soon", "The minister", ""},
		{`The plant will close in June, the national news agency Bernama reported.`,
			"The plant will close in June", "Bernama", ""},
		{`Exports fell by a third in March, the Anatolian News Agency reported, citing customs officials.`,
			"Exports fell by a third in March", "customs officials", "Anadolu>reported"},
		{`A military spokesman, quoted by the official Iraqi News Agency, said the gunboats fled.`,
			"the gunboats fled", "military spokesman", "INA>quoted"},
		{`The newspaper, quoting administration officials, said the sanctions would be lifted in June.`,
			"the sanctions would be lifted in June", "administration officials", "newspaper>quoted"},
		{`He told the newspaper al-Ahali, "We will not accept a cut in our quota."`,
			"We will not accept", "He", "al-Ahali>told"},
		{`In an interview with the Globo television network, Dilson Funaro said he had proposed a four-year plan.`,
			"he had proposed a four-year plan", "Dilson Funaro", "Globo television network>interview"},
		{"Ali Akbar Velayati spoke in Tehran.\n\n“No country can use the strait,” the radio quoted him as saying.",
			"No country can use the strait", "Ali Akbar Velayati", "radio>quoted"},
		{`The Soviet Union will supply refined oil, Iran's national news agency, IRNA, said.`,
			"The Soviet Union will supply refined oil", "IRNA", ""},
		{`The ban would be lifted next week, according to the Middle East News Agency.`,
			"The ban would be lifted next week", "MENA", ""},
		{`Water may be rationed this summer, the New China news Agency said.`,
			"Water may be rationed this summer", "Xinhua", ""},
		{`Director Thomas Ward told a High Court hearing that the action sought to give the impression of a hunt, the Press Association news agency reported.`,
			"the action sought to give the impression of a hunt", "Thomas Ward", "Press Association>reported"},
		{`The company denied it was having financial difficulties, John O'Connell, assistant vice president of research told Reuters.`,
			"The company denied it was having financial difficulties", "John O'Connell", "Reuters>told"},
		{`A spokeswoman for the EC Commission in Brussels told Reuters there had been no change in the Community's position.`,
			"there had been no change", "EC Commission", "Reuters>told"},
		{`The bankers' plan, Sonntagsblick said, quoting reliable sources, aims to eliminate abuses by lawyers.`,
			"aims to eliminate abuses", "reliable sources", "Sonntagsblick>quoted"},
		{`The newspaper also said that according to some accounts, Ghorbanifar paid officials as much as 10 mln dlrs.`,
			"Ghorbanifar paid officials", "some accounts", "newspaper>reported"},
		{`The Toronto Globe and Mail, quoting sources close to the negotiations, today said Dome broke off talks last night.`,
			"Dome broke off talks", "sources close to the negotiations", "Globe and Mail>quoted"},
		{`The spokesman quoted Under Secretary of State for Economic Affairs Allen Wallis as saying drastic measures would be needed.`,
			"drastic measures would be needed", "Allen Wallis", "spokesman>quoted"},
		{"Tehran radio, monitored by the BBC, said the attack was launched last night.\n\nIt had already achieved victories, the radio said.",
			"It had already achieved victories", "IRIB", ""},
		{"Israel's parliament passed the budget, State Radio said.\n\nThe budget passed by a wide majority, the radio said.",
			"The budget passed by a wide majority", "State Radio", ""},
		{`INA quoted Oil Minister Issam Abdul-Rahim al-Chalabi, who returned Sunday, as saying "Iraq will continue to adhere to its position."`,
			"Iraq will continue", "Issam Abdul-Rahim al-Chalabi", "INA>quoted"},
		{`The sources quoted Howe as saying: "An interim solution would be unacceptable to the United Kingdom."`,
			"An interim solution", "Howe", "sources>quoted"},
		{`The Japanese banks have an unfair advantage, Paul Hofer, head of the Foreign Bankers Association of Japan, told Reuters.`,
			"The Japanese banks have an unfair advantage", "Paul Hofer", "Reuters>told"},
		{`China's total wage bill for state employees grew too fast, the official Economic Information newspaper said.`,
			"China's total wage bill", "official Economic Information newspaper", ""},
		{`UAL Inc, citing company policy, told the New York Stock Exchange it would not comment on the rise in its stock.`,
			"it would not comment", "UAL Inc", ""},
		{`"God willing, we will carry out our duty," said Rafsanjani in a speech to Parliament later broadcast by Tehran Radio.`,
			"God willing", "Akbar Hashemi Rafsanjani", "IRIB>carried"},
		{`Senate Majority Leader Robert Byrd (Democrat) of West Virginia said in a television interview he was heartened.`,
			"he was heartened", "Robert Byrd", ""},
		{`Kyodo News Agency reported a high-ranking MITI official as saying Japan would end the chip pact.`,
			"Japan would end the chip pact", "high-ranking MITI official", "Kyodo>quoted"},
		{`He told the official Times of Zambia newspaper in an interview the government was diverting all mineral exports.`,
			"the government was diverting", "He", "Times of Zambia>interview"},
		{`"The United States has entered a swamp," the Iranian news agency IRNA quoted the head of Iran's war information headquarters as saying.`,
			"The United States has entered a swamp", "head of Iran's war information headquarters", "IRNA>quoted"},
		{"Tanzania has arranged to sell maize to Malawi, radio Tanzania said.\n\nThe radio said the grain would be delivered soon.",
			"the grain would be delivered soon", "radio Tanzania", ""},
		{"Deng said China must not import more grain, Ming Pao newspaper of Hong Kong said.\n\nThe newspaper quoted Deng as saying that grain output is a key issue.",
			"grain output is a key issue", "Deng", "Ming Pao newspaper>quoted"},
		{`Alexander Ivlev, an official with Amtorg, a Soviet trading organization, told Reuters he had no information.`,
			"he had no information", "Alexander Ivlev", "Reuters>told"},
		{`"I don't see any reduction in yield potential yet," Norton Strommen, chief meteorologist at USDA told Reuters.`,
			"I don't see any reduction", "Norton Strommen", "Reuters>told"},
		{`The banks wanted to consider a news report which quoted a Reagan Administration official as urging that the proposal be given serious consideration.`,
			"the proposal be given serious consideration", "Reagan Administration official", "news report>quoted"},
		{`Roger Hemminghaus, who will be chairman of the new company, which last year had sales of 1.6 billion dlrs, told Reuters his company was taking on some debt.`,
			"his company was taking on some debt", "Roger Hemminghaus", "Reuters>told"},
		{`"I think it is under active debate whether it would be advisable" to make the offer, Thomas Kay, administrator of the Foreign Agriculture Service, told Reuters.`,
			`"I think it is under active debate`, "Thomas Kay", "Reuters>told"},
		{`"Its been a difficult quarter," Salomon told Reuters, adding that analysts today lowered their estimates.`,
			"analysts today lowered their estimates", "Salomon", "Reuters>told"},
		{`The Sankei Shimbun quoted Sumita as saying in an interview "It is a very feasible idea."`,
			"It is a very feasible idea", "Sumita", "Sankei Shimbun>quoted"},
		{`The local agent of Continental Grain, Shafi Ahmed Choudhury, told Reuters he applied for an extension.`,
			"he applied for an extension", "Shafi Ahmed Choudhury", "Reuters>told"},
		{`"If the drought does not worsen, there is hope for a bumper harvest," the paper quoted experts of the Ministry of Electric Power as saying.`,
			"If the drought does not worsen", "experts of the Ministry of Electric Power", "paper>quoted"},
		{`"The hope of a settlement had a greater impact on Pennzoil's stock," analyst Sanford Margoshes said, citing the sharper decline in Pennzoil this morning.`,
			"The hope of a settlement", "Sanford Margoshes", ""},
		{`Fujioka told Reuters in an interview that Taiwan had been invited to the meeting, "but the situation remains the same."`,
			"but the situation remains the same", "Fujioka", "Reuters>interview"},
		{`Kuwaiti oil minister Sheikh Ali al-Khalifa al-Sabah said OPEC was producing well below its ceiling, according to a Kuwaiti newspaper interview.`,
			"OPEC was producing", "Ali al-Khalifa al-Sabah", "Kuwaiti newspaper interview>reported"},
		{"A military spokesman told the Iraqi news agency INA the latest attack was at 1250 GMT. It earlier reported strikes at 0650 GMT.",
			"the latest attack was at 1250 GMT", "military spokesman", "INA>told"},
		{"A military spokesman told the Iraqi news agency INA the latest attack was at 1250 GMT. It earlier reported strikes at 0650 GMT.",
			"strikes at 0650 GMT", "INA", ""},
		{`Ross McKinnon, general manager of the company, which exports coal to Japan, mainly to Chugoku, told Reuters he had not been informed.`,
			"he had not been informed", "Ross McKinnon", "Reuters>told"},
		{`A spokesman at the strike headquarters in Sao Paulo, Lucio Cesar Pires, told Reuters that bankworkers were on strike.`,
			"bankworkers were on strike", "Lucio Cesar Pires", "Reuters>told"},
		{`The JIJI Press news agency had quoted Bank of Japan sources as telling Japanese reporters the bank was deeply concerned.`,
			"the bank was deeply concerned", "Bank of Japan sources", "Jiji>quoted"},
		{`Baker was quoted on British Television over the weekend as saying he has no target for the currency.`,
			"he has no target", "Baker", "British Television>quoted"},
		{`Quoting negotiation documents, Business Day said the debt certificates will carry maturities of five years.`,
			"the debt certificates", "negotiation documents", "Business Day>quoted"},
		{`Tehran radio quoted an Iranian soldier, Hamid Dehqani, as saying heavy rainfall had paralysed the enemy.`,
			"heavy rainfall had paralysed the enemy", "Hamid Dehqani", "IRIB>quoted"},
		{`A plant will be built in the zone, an official for the Dunkirk port authority said.` + "\n\n" + `He told Reuters the announcement was made by the minister.`,
			"the announcement was made by the minister", "official", "Reuters>told"},
		{`The head of the economics department in the Foreign Ministry, Sebastiao do Rego Barros, told Reuters an agreement can be successful.`,
			"an agreement can be successful", "Sebastiao do Rego Barros", "Reuters>told"},
		{`One of their leaders, Orlando dos Santos, told Reuters that most of the seamen offered their resignations.`,
			"most of the seamen", "Orlando dos Santos", "Reuters>told"},
		{`Roger Hemminghaus, chairman of the refining and marketing company that is to spin off from Diamond Shamrock Corp told Reuters that the new company will have little debt.`,
			"the new company will have little debt", "Roger Hemminghaus", "Reuters>told"},
		{`Anne Knight, automotive analyst for Paine Webber and Co, told Reuters that sales were weak, but added: "I think sales will get better in the spring."`,
			"I think sales will get better", "Anne Knight", "Reuters>told"},
		{`Lawson said in a BBC radio interview, "This began on Wall Street."`,
			"This began on Wall Street", "Lawson", "BBC>interview"},
		{`The survey, published in the Bulletin magazine, said 49 pct of the voters wanted Peacock.`,
			"49 pct of the voters wanted Peacock", "The survey", "bulletin magazine>carried"},
		{`A senior executive of a Japanese securities firm operating in Singapore told Reuters: "SIMEX must add Chicago to its rivals."`,
			"SIMEX must add Chicago", "senior executive", "Reuters>told"},
		{`Brodersohn, in an interview from Washington with Argentine television, said the major obstacles had been overcome.`,
			"the major obstacles had been overcome", "Brodersohn", "Argentine television>interview"},
		{`An official at the Ministry of Post and Telecommunications told Reuters the ministry's position is unchanged.`,
			"the ministry's position is unchanged", "Ministry of Post and Telecommunications", "Reuters>told"},
		{"Wages grew too fast, the official Economic Information newspaper said.\n\nIt said the total wage bill rose.",
			"the total wage bill rose", "official Economic Information newspaper", ""},
		{`Baglini, an observer at the negotiations, told the Radio del Plata in a telephone interview that the banks were divided.`,
			"the banks were divided", "Baglini", "Radio del Plata>interview"},
		{`The head of the authority, Murilo Rubens Habbema, was quoted in today's Gazeta Mercantil newspaper as saying that foreign ships could be authorized.`,
			"foreign ships could be authorized", "Murilo Rubens Habbema", "Gazeta Mercantil>quoted"},
		{`Febres Cordero, quoted in an Information Ministry communique, said: "We have to ratify this suspension."`,
			"We have to ratify this suspension", "Febres Cordero", "Information Ministry communique>quoted"},
		{"Deng said China must not import grain, Ming Pao newspaper of Hong Kong said.\n\nThe paper quoted Deng as saying that the price would rise.",
			"the price would rise", "Deng", "Ming Pao newspaper>quoted"},
		{"Malrite Guaranteed said it is a limited partnership. It said Malrite Communications is the general partner.",
			"Malrite Communications is the general partner", "Malrite Guaranteed", ""},
		{`But Zagreb papers said thousands of workers went on strike.`,
			"thousands of workers went on strike", "Zagreb papers", ""},
		{`The official Iraqi news agency INA quoted a correspondent in the field as saying Baghdad's forces were pursuing retreating troops.`,
			"Baghdad's forces were pursuing", "correspondent", "INA>quoted"},
		{`He was quoted by the Irish magazine Business and Finance as saying he would be interested.`,
			"he would be interested", "He", "Business and Finance>quoted"},
		{`Tehran Radio quoted defence spokesman Ali Akbar Hashemi Rafsanjani telling a visiting delegation yesterday, "The United States is moving towards the brink."`,
			"The United States is moving", "Akbar Hashemi Rafsanjani", "IRIB>quoted"},
		{`But Hans Haumer, head of the Erste Oesterreichische Spar-Casse-Bank told Reuters that no cut should be made.`,
			"no cut should be made", "Hans Haumer", "Reuters>told"},
		{`He was quoted in today's edition of the armed forces newspaper Harian AB as saying the warnings were only an appeal for vigilance.`,
			"the warnings were only an appeal", "He", "Harian AB>quoted"},
		{`He was echoing comments by central bank governor Erik Hoffmeyer, who was quoted by the daily Politiken as saying the downgrading would have little effect.`,
			"the downgrading would have little effect", "Erik Hoffmeyer", "Politiken>quoted"},
		{`William Brodsky, president of the Chicago Mercantile Exchange, CME, told Reuters that the proposal would be a worthwhile exercise.`,
			"the proposal would be a worthwhile exercise", "William Brodsky", "Reuters>told"},
		{"Colombia will not attend the meeting in Nicaragua, Jorge Cadenas, manager of the National Coffee Growers' Federation, said.\n\n\"We prefer to wait until things are better prepared,\" he told Reuters.",
			"We prefer to wait", "Jorge Cadenas", "Reuters>told"},
		{"Colombia will not attend the meeting in Nicaragua, Jorge Cadenas, manager of the National Coffee Growers' Federation, said.",
			"Colombia will not attend the meeting", "Jorge Cadenas", ""},
		{`Pius Haffner of the Catholic charity Justitia et Pax told Reuters, "It is at least a small step forward."`,
			"It is at least a small step forward", "Pius Haffner", "Reuters>told"},
		{`Mary Jones of the brokerage Smith Barney told Reuters prices would fall.`,
			"prices would fall", "Mary Jones", "Reuters>told"},
		{`Nippon Steel Corp denied local newspaper reports that China has been seeking to buy steel plants.`,
			"China has been seeking to buy steel plants", "local newspaper", ""},
		{`The spokesman declined to comment on U.S. Newspaper reports that the purchase price totalled 173 mln dlrs.`,
			"the purchase price totalled 173 mln dlrs", "U.S. Newspaper", ""},
		{"The results will be published in the New England Journal of Medicine, according to an analyst who has obtained an advance copy of the magazine.\n\nIn the trials, a total of four patients died, the magazine reported, confirming the harshness of the drug's side effects as originally administered.",
			"In the trials, a total of four patients died", "New England Journal of Medicine", ""},
		{`Thatcher is seeking re-election and the newspaper said there would now be pressure on her to call an election.`,
			"there would now be pressure on her", "the newspaper", ""},
		{"Adam Opel AG had a first half profit after three years of losses, the trade paper Automotive News said.\n\nThe paper quoted Opel chairman Horst Herke as saying the unit will earn at least 100 mln marks.",
			"the unit will earn at least 100 mln marks", "Horst Herke", "Automotive News>quoted"},
		{"Adam Opel AG had a first half profit after three years of losses, the trade paper Automotive News said.",
			"Adam Opel AG had a first half profit", "Automotive News", ""},
		{"The government will take emergency measures if the protests continue, state radio said.\n\nThe radio, which did not specify the measures, said the decision was taken today. It said a special statement would be made shortly.",
			"a special statement would be made shortly", "state radio", ""},
		{"The government will take emergency measures if the protests continue, state radio said.\n\nThe radio, which did not specify the measures, said the decision was taken today. It said a special statement would be made shortly.",
			"the decision was taken today", "state radio", ""},
		{`The former secretary of state will play the woman card, Fiorina said, adding that the way to go after it is to attack her record.`,
			"the way to go after it is to attack her record", "Fiorina", ""},
		{`The former secretary of state will play the woman card, Fiorina said, adding that the way to go after it is to attack her record.`,
			"The former secretary of state will play the woman card", "Fiorina", ""},
		{`"We are not trying to dominate semiconductors," Ministry of International Trade and Industry (MITI) vice minister Makoto Kuroda said.`,
			"We are not trying to dominate", "Makoto Kuroda", ""},
		{`Newspaper reports have said Giuliani was offered the chairmanship of the SEC.`,
			"Giuliani was offered the chairmanship", "newspaper reports", ""},
		{`He declined comment on local press reports which said the ministry would back a plan.`,
			"the ministry would back a plan", "local press reports", ""},
		{`"The strikes were unexpected," a U.S. Banker told Reuters.`,
			"The strikes were unexpected", "U.S. Banker", "Reuters>told"},
		{`Tribune Co said it exchanged the assets of its publications for nine community papers published by Gulf Coast Newspapers Inc.`,
			"it exchanged the assets", "Tribune Co", ""},
		{`Broking house officials in the Sri Lankan capital Colombo yesterday told Reuters Pakistan had suspended the licences.`,
			"Pakistan had suspended the licences", "Broking house officials", "Reuters>told"},
		{`Saudi Arabia's Defence and Aviation Minister was quoted as saying the kingdom had completed studies on the purchase of submarines.`,
			"the kingdom had completed studies", "Saudi Arabia's Defence and Aviation Minister", ""},
		{`A Boeing spokesman, contacted by telephone at the firm's headquarters in Seattle, Washington, told Reuters the firm would have no comment.`,
			"the firm would have no comment", "Boeing spokesman", "Reuters>told"},
		{`Although Dome has said it is only interested in the Amoco offer, analysts expect a higher bid.`,
			"it is only interested in the Amoco offer", "Dome", ""},
		{"Aides to the President are urging him to reopen talks, the state radio said.\n\nIt said party officials would tell him to reconsider.\n\nThese included resuming talks, the radio said.",
			"These included resuming talks", "state radio", ""},
		{`"The estimated amount of oil at the Alba field is around 320 mln barrels," Paul Spedding of stockbroker Kleinwort Grieveson and Co told Reuters.`,
			"The estimated amount of oil", "Paul Spedding", "Reuters>told"},
		{`China's foreign exchange reserves totalled 10.514 billion dlrs at end-1986, according to central bank figures published by the New China News Agency.`,
			"China's foreign exchange reserves", "central bank figures", "Xinhua>carried"},
		{`They were commenting on a weekend Jakarta report quoting a Ministry of Trade spokesman as saying Indonesia had not issued licences to import the commodity.`,
			"Indonesia had not issued licences", "Ministry of Trade spokesman", "weekend Jakarta report>quoted"},
		{"BankAmerica will raise funds in Japan, a company spokesman said.\n\nBankAmerica vice chairman Frank N. Newman held a meeting here today to outline the plan to Japanese banks, he told Reuters.",
			"BankAmerica vice chairman Frank N. Newman held a meeting", "Frank N. Newman", "Reuters>told"},
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
			t.Errorf("Analyze(%q): no quote %q; found %q", tt.text, tt.quote, got)
			continue
		}
		speaker := ""
		if q.Speaker != nil {
			speaker = q.Speaker.Name
			if speaker == "" {
				speaker = q.Speaker.Text
			}
		}
		var via []string
		for _, v := range q.Via {
			via = append(via, v.Name+">"+v.Relation)
		}
		if speaker != tt.speaker || strings.Join(via, " ") != tt.via {
			t.Errorf("Analyze(%q): %q said by %q via %q; want %q via %q", tt.text, tt.quote, speaker, strings.Join(via, " "), tt.speaker, tt.via)
		}
	}
}

// TestRelayReferences checks that "it" and "the paper" as relays stand for
// the outlet named before them.
func TestRelayReferences(t *testing.T) {
	var r Resolver
	text := "The Kuwaiti newspaper Al-Qabas published an interview on Sunday.\n\nThe paper quoted Oil Minister Ali Khalifa as saying output would stay at quota."
	a := r.Analyze(text)
	q := find(a, "output would stay at quota")
	if q == nil || len(q.Via) != 1 {
		t.Fatalf("Analyze(%q): quote %+v, want one relay", text, q)
	}
	if q.Via[0].Name != "Al-Qabas" && q.Via[0].Name != "Al Qabas" {
		t.Errorf("relay %q, want Al-Qabas", q.Via[0].Name)
	}
}
