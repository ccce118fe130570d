"""Constructions found by a probe written apart from the dev set: each case here is a general reading rule.

The probe's own sentences are in the dev set; these are new ones, so that a rule is tested on wording it was not
written against.
"""

from __future__ import annotations

import pytest

from services.extractor.core import extract_text

NEGATIVES = [
    # arms handed over, not forces moved; a purchase order; civil mobilisation; a question left open; a guess
    "Norway delivered a further eight self-propelled howitzers to Ukraine this month, its defence ministry said.",
    "The first 18 Rafale jets of an order for 90 fighters landed at the base on Friday.",
    "Portugal's civil protection agency mobilised 900 firefighters and eight water-bombing planes overnight.",
    "\"Those reports of troop movements are something I will neither confirm nor deny,\" the minister said.",
    "\"My guess is that Pyongyang tests another missile before the summit,\" a Seoul-based analyst said.",
    # talks among clubs, unions, pupils and US states' governors are no diplomacy; a ship in dry dock is not moved;
    # a flotilla of activists is no force; more frigates ordered from a shipyard are bought, not sent
    "The pilots' union rejected the carrier's pay offer and called a two-day strike.",
    "Juventus handed the striker an ultimatum to accept a pay cut or leave in the transfer window.",
    "Governors of the New England states met in Hartford to agree a shared power-grid plan.",
    "Pupils from nine schools held a model United Nations summit on a mock ceasefire.",
    "The frigate HMS Argyll will stay in dry dock in Plymouth until the spring.",
    "A flotilla of 12 small boats carrying activists and food left Cyprus for the Gaza coast.",
    "Greece's navy ordered four more Belharra frigates from the French shipyard Naval Group.",
    # a raid that set off sirens is an attack, not a weapons test; a definite arrival refers back (rule 8)
    "Sirens wailed over Odesa for three hours as Russia launched a wave of drones and ballistic missiles overnight.",
    "The arrival of the British patrol ship off Georgetown drew crowds to the harbour.",
    # a relative clause that retells the event a definite noun refers back to (rule 8)
    "The truce, which Khartoum and the RSF signed in Jeddah in May, collapsed within days, aid groups said.",
    "The exercises, which Beijing had condemned as a provocation, ended on Thursday without incident.",
    # analysts' guesses, however far the modal stands from the act
    "Defence analysts in Seoul say the North is likely to send another batch of troops to Russia before the winter.",
    "Military experts believe Ankara could, in principle, move two brigades to the Syrian border within days.",
    # a navigational warning reserves sea room, it threatens nobody; surveillance stepped up moves no force; a call
    # to protest or strike is street politics; "any ship heading for" is a condition
    "Japan's coast guard issued a navigational warning for an area off Okinawa where the drills will take place.",
    "Taiwan's coast guard stepped up surveillance around Kinmen after the incident.",
    "Bangladesh's main opposition party called for a nationwide strike on Sunday.",
    "Any vessel heading for the blockaded port will be stopped and searched, the navy warned.",
    # ceremonies, unanswered requests for comment and a vehicle's name move no force and demand nothing
    "The Pakistan Army's massed bands led the parade through Islamabad on Saturday.",
    "Serbia's defence ministry did not respond to requests for comment.",
    "An oil tanker was struck by two drones launched from Houthi-held territory, the maritime agency said.",
    # a party's word that its forces stay on alert raises nothing
    "Pakistan's army said its forces remained on high alert along the Line of Control.",
    "The party mobilised volunteers to knock on doors before the run-off.",
    # a speaker named after the quote speaks for no state when a union's, an opposition's or a labour ministry's; an
    # appeal for aid is no demand
    "\"We will not recognise this count and we will go to the courts,\" the opposition leader told supporters.",
    "\"We reject the employers' latest offer,\" the transport union's general secretary said.",
    "The president of Vanuatu appealed for international aid after the cyclone flattened the capital.",
    # a step called off in a later clause, however far from its trigger (rule 9); a past build-up that analysts say
    # "could resume", with a relative clause between
    "Britain had announced plans to send two Typhoon jets and 150 airmen to Romania for the summer, but the "
    "deployment was suspended on Monday after a dispute over basing costs.",
    "Seoul and Tokyo had agreed to hold a meeting of their defence ministers in Busan next week, but the talks were "
    "postponed after a row over a radar incident.",
    "The buildup of Ethiopian troops near the Eritrean border, which eased in the spring, could resume after the "
    "rains, according to analysts at a Nairobi think tank.",
    # history named by its year ("the 1996 standoff", "the 1999 Kargil war"), and a "when/where" clause dated by the
    # phrase it hangs on; an imagined scenario
    "Fishing crews who remember the 1987 crisis over the Imia rocks, when both navies sent frigates, say the waters "
    "are calmer now.",
    "Tensions have simmered along the frontier since the summer of 2017, when Chinese troops moved into Doklam.",
    "In a scenario sketched by the think tank's analysts, Chinese troops would land on Kinmen within hours.",
    # referees, doping officials and race organisers dispute no state's claims
    "The club claimed its striker had been fouled in the box, a claim the referee's association dismissed.",
    "Doping officials rejected the cyclist's claim that his sample had been contaminated.",
    # "leave" as let be: no withdrawal
    "The overnight clashes left three border guards dead and several wounded.",
    # money, not force: a finance ministry's warning, a central banker's call for calm
    "Germany's finance minister warned that energy prices could stay high through the winter.",
    "The central bank governor urged calm after the currency fell sharply against the dollar.",
    # protesters' purpose is not a state's demand
    "Thousands of farmers marched on the capital to demand lower fuel taxes.",
    # a nominal action as the subject of a modal: speculation
    "Further rounds of conscription could follow next year, defence analysts speculated.",
    # inside a drill already reported (rule 8)
    "During the drills, sailors rehearsed boarding operations in rough seas.",
    # the protesters' own demands; a withdrawal dated by a time clause is still history (rule 2)
    "The protesters' main demands were ignored by the government.",
    "Russian troops pulled back from Kherson in November 2022, when the city was retaken.",
    # a diplomat expelled; a deal ended; an adjective; objectives met; a test-fired air-defence system is no
    # exception to the rule that weapons tested count (it is a test)
    "Bamako gave the French ambassador 72 hours to leave the country.",
    "Burkina Faso said it was ending its military cooperation agreement with Paris.",
    "The last convoy crossed the border two days ahead of the agreed deadline, officials said.",
    "The drills met all their objectives, the navy said.",
    # a drill said to have ended refers back to it (rule 8); a drill a party pulled out of is not held by it
    "The snap readiness inspection in the Eastern Military District has ended, the ministry said.",
    "Canada said it had pulled out of Sea Breeze, a naval exercise in the Black Sea planned for July.",
    # an opening "N years ago" dates the sentence; a forecast or a candidacy withdrawn; a non-security ministry's
    # warning; union leaders, veterans and pundits speak for no state; a military-style boot camp is sport
    "Twenty years ago, NATO had deployed 60,000 troops to Kosovo under a UN mandate.",
    "The chipmaker withdrew its sales guidance for the second half of the year.",
    "The agriculture ministry warned that the drought could cut the wheat harvest by a third.",
    "Union leaders rejected the government's pay offer and threatened a general strike.",
    "The national hockey team's boot camp featured military-style drills led by former paratroopers.",
    # a deal that anchors the time of another act, or one already told, is not made again
    "Weeks after the two countries reached an understanding on patrolling, trade between them rose sharply.",
    # a launch that set off sirens or hit homes is an attack, outside the taxonomy
    "Two rockets fired from southern Lebanon hit homes in Kiryat Shmona, the fire service said.",
    "A drone and a missile fired from Iraq were intercepted over the Jordan valley overnight.",
    # a feature's title; a condition on "any country that sends troops"; an earlier test named as the last one;
    # a demand "on orders from" a minister is a command described
    "Explainer: What a general mobilisation would mean for Serbia's army",
    "Flashback: the day Syrian troops left Lebanon",
    # a dated episode opening the sentence makes it history; a coach's warning is sport
    "The 1999 Kargil war, in which Pakistani troops crossed the Line of Control, ended when they withdrew in July.",
    "Ever since the 2008 war, Georgian troops have held exercises near the boundary every summer.",
    "The US coach warned afterwards that his squad would come back with a new plan of attack for the final.",
    # history named by its year after the noun, "the last time", an open question, civil uses (lifeguards, a tourism
    # ministry, a warning day of sirens)
    "The Kargil conflict of 1999, when Pakistani troops withdrew across the Line of Control under US pressure, was "
    "the subject of a new documentary.",
    "The last time Pyongyang held drills on this scale, in 2017, it also fired missiles over Japan.",
    "Lifeguards ran a rescue exercise on the beach as the tourism ministry deployed a mobile unit to the seafront.",
    "Whether Beijing will answer the transit with another round of drills around the island, as it did after a similar "
    "voyage last year, remains unclear, diplomats in Taipei said.",
    "Austria held its national warning day on Saturday, testing sirens across the country.",
    # a ferry crew's lifeboat drill and a bank's war games are no military drills
    "The ferry's crew practised lifeboat drills in the harbour before the season opened.",
    "Consultants ran war games for the insurer's board on how to fend off a takeover bid.",
    "Obituary: the admiral who led the 1982 task force south",
    "Any state that deploys troops to Greenland will be treated as hostile, a commentator wrote.",
    "Pakistan's last nuclear test, in May 1998, followed India's by two weeks.",
    # plans dropped; an anniversary "ago today"; life or conscription brought back; an advisory to citizens;
    # a domestic veto
    "Sweden's defence ministry said it had dropped plans to base a fighter squadron on Gotland.",
    "Seventy years ago today Chinese troops crossed the Yalu into Korea, state television recalled.",
    "The army's channel showed soldiers rebuilding a school, captioned 'We bring hope back.'",
    "Britain's Foreign Office urged its nationals to leave Lebanon while commercial flights were still running.",
    "Romania's president vetoed the pension bill on Friday, saying it was unaffordable.",
    # a participle telling what a dated act led to belongs to that act's time (rule 2)
    "Cuban troops were flown to Angola in 1975, bringing the Cold War to southern Africa.",
    "British forces completed their pull-out from Basra in 2007, ending four years of operations in the south.",
    "In the past, Ankara had massed troops on the Syrian border before each incursion.",
    # a hospital's units on alert are no army's
    "The regional hospital put all its units on high alert after the earthquake.",
    # a drill "held since" a year is a tradition, not the day's act
    "Cobra Gold, Asia's largest multinational military exercise, has been held since 1982.",
    # "conscripts" as a noun: the men, not a call-up
    "About 900 conscripts and reservists from the Kainuu brigade marched through Kajaani on Independence Day.",
    # plans quietly dropped; a launch that struck a building; oil moved by a fleet; a person moved to a post
    "Plans to deploy a second carrier to the region were quietly dropped after the truce, officials said.",
    "A missile launched from Lebanon struck a warehouse in Haifa, wounding two workers, police said.",
    "Iranian crude moved by tankers of the so-called dark fleet rose sharply in October.",
    "The former navy chief was moved to an advisory post in the defence ministry.",
    # a party's report of its own strikes accuses nobody
    "Israel's military said it had struck weapons depots near Damascus overnight.",
    # a meeting dated in the past (rule 2)
    "The two leaders first held a summit in Helsinki in 2018.",
    # words of other trades: tennis, computer networks, ceasefire monitoring
    "The Serbian star needs one more Grand Slam title to overtake his rival.",
    "The bank's website was knocked offline by a distributed denial of service, the regulator said.",
    "Monitors recorded dozens of ceasefire violations along the line overnight.",
    # civil defence drills, weather warnings
    "Residents of coastal towns took part in earthquake and tsunami drills on Sunday.",
    "The Japanese meteorological agency issued a typhoon warning for Okinawa.",
    # a treaty named by its signing; police and companies deploy too; protesters demand; a called-off summit
    "Some 30,000 US troops are stationed in Japan under a security treaty signed in 1960.",
    "Riot police deployed water cannon to disperse the crowd outside parliament.",
    "The shipping company deployed a fleet of 40 new container vessels on its Asia routes.",
    "Hundreds of students marched through the capital demanding lower tuition fees.",
    "A planned summit between the two presidents in Geneva has been called off.",
    # a hedge on what was fired needs a missile; "activated" needs reservists; "turned into" needs ruin or a place
    "Police fired what appeared to be rubber bullets into the crowd.",
    "The company activated a new production line.",
    "The housing minister said the old barracks would be turned into flats for students.",
    # a "before" clause goes on with the dated story of the clause it follows (rule 2)
    "The two armies fought a brief war in 1999, before outside pressure forced both sides to pull back their troops.",
    # tourists visit, students visit: people, not states; a deal that is only a condition; a halted movement
    "Students visiting the border museum were shown old army uniforms.",
    "Kyiv wants guarantees before any ceasefire can be signed, its negotiator said.",
    # leaving a treaty, a bloc or a tournament is no troop withdrawal; an arms purchase is no deal between parties
    "Armenia formally withdrew from the Collective Security Treaty Organization on Friday.",
    "The team pulled out of the tournament after two players were injured.",
    "Japan signed a contract to buy 105 F-35 fighter jets from the United States.",
    # a fly-past, ships "currently operating" (a state), weapons sent (an arms transfer), "This mobilisation, …"
    "Pakistan Army jets flew in formation over Islamabad during the Independence Day parade.",
    "Three British destroyers are currently operating in the Red Sea, the navy said.",
    "Germany sent more weapons and equipment to Ukraine on Monday.",
    "This mobilisation, declared in March, put 50,000 reservists into uniform.",
    # dealing with something, patrol craft as a kind of boat, a standing non-recognition
    "Seoul's cabinet ordered the coast guard to deal firmly with any intrusion.",
    "Fishermen said a patrol boat had towed their vessel back to port.",
    "Abkhazia declared independence in 1999, a step Tbilisi does not recognise.",
    # a standing refusal told in a relative clause
    "The court ruled in 2016 that the claim had no basis, a ruling Hanoi has refused to accept.",
    # the topic of talks
    "Envoys spent six hours in talks on security guarantees without reaching a deal.",
    # a hyphenated build-up referred back to
    "Officials told reporters that the build-up had been gradual.",
    # an anniversary of a withdrawal, a claim since a past century
    "Veterans gathered on Sunday to mark five years since US troops left Kabul.",
    "Guatemala has claimed part of Belize since the 19th century.",
    # movements not detected, a need reduced
    "Seoul said it had not detected any unusual North Korean troop movements near the border.",
    "Analysts said the new alliance had reduced Pyongyang's need for its troops to train with others.",
    # an open question, a condition that lasts
    "NATO said it was unclear whether Belarusian units had moved toward the border.",
    "Minsk said talks were off as long as Warsaw kept its troops on the frontier.",
    # no further drills announced
    "Seoul said the exercise would wrap up on Sunday and did not announce any new drills.",
    # what a deal permits, a casualty toll that rises, soldiers' families leaving
    "The two countries signed an accord permitting their navies to refuel at each other's ports during exercises.",
    "The death toll from the attack on the army convoy has risen to 19, officials said.",
    "The embassy told military families to leave the country.",
    # a named exercise's words in another sense, and a drill name told as background
    "Officials said the Cold Response to the crisis had disappointed allies.",
    "The Zapad exercise planned for the spring has been struck from the calendar, Minsk said.",
    # a charge's name for something that is no party's act
    "Residents called the new stadium a disgrace to the city.",
    # somebody's expectation of another's act; courts and civil movements are no state speakers
    "A retired general said he expected Beijing to stage larger drills around Taiwan next year.",
    "The regional court ordered the ministry to publish the documents.",
    "The student movement called for a general strike on Monday.",
    "Officials cited the demands of the pandemic for the delay.",
    # weather services warn of weather; "Met Office" is no meeting; a company's talks; "the agency added" adds no troops
    "The Met Office warned of heavy snow across Scotland.",
    "Weather forecasters warned of a typhoon approaching Okinawa.",
    "The airline said the merger talks with its rival had collapsed.",
    "Analysts said the weapons test was the fourth this year, the agency added.",
    "Lebanese officials said the blast was caused by tonnes of stored fertiliser.",
    # drills scrapped after the fact, voters mobilised, a deal quit, a natural hazard, speculators' modals
    "The naval drills that India and France had planned off Goa were scrapped after the cyclone.",
    "The campaign to mobilise voters in the north has drawn thousands of volunteers.",
    "The tanker traffic resumed after Moscow quit the grain deal.",
    "A government advisory warned of a heightened risk of a major earthquake along the coast.",
    "Analysts said the navy was likely to send a second carrier to the region within a year.",
    "Experts fear that a withdrawal of the peacekeepers could let the militias return.",
    # a central bank opening the sentence speaks for money; "meet their pledges" is no meeting
    "The Hungarian central bank said it would deploy new tools, and the governor warned lenders against speculation.",
    "The partners struggled to meet their pledges of ammunition.",
    # history fronted by "After …"; a question is no demand
    "After the 2008 war, Russian troops withdrew from parts of Georgia.",
    "When asked about the new arms package, the spokesman declined to elaborate.",
    # a government's own meetings, its commitment to its sovereignty, its soldiers' restraint
    "Modi called a meeting of all political parties on Friday to discuss the situation.",
    "The army said it remained committed to protecting the territorial integrity of the nation.",
    "Indian soldiers had shown great restraint despite the provocation, the army said.",
    # a central bank by its name; forces where they are; a sports meet
    "The State Bank of Pakistan kept its policy rate unchanged, citing inflation pressures.",
    "Some 900 French troops are deployed in Estonia as part of the NATO battlegroup.",
    "The sprinter said he felt fit for the Diamond League meet in Doha.",
    # a comma inside a number does not end the "If" clause; habits are no events; a running total is no move
    "If the 1,500 Russian troops in Moldova were reinforced, Chisinau could not respond, a former minister said.",
    "China has long used large drills around Taiwan to signal displeasure.",
    "Ukraine said Russia had lost 1,100 soldiers in the past day, bringing its total to 700,000.",
    # a former official's conditional; grain ships are no forces
    "If the 2,000 Turkish troops in Cyprus were reinforced, Athens would have to act, a former defence minister said.",
    "Grain shipments reached 5.8 million tonnes, with 180 vessels leaving Odesa ports.",
    # civil recruitment and emergency-response drills
    "The health ministry launched a recruitment drive for nurses.",
    "The city held an emergency response exercise at the airport.",
    # a call-up of a truce that fails, a wish for one, help received: no deal made
    "Fighting resumed in the valley as the latest truce collapsed within hours.",
    "Kyiv wants a ceasefire first, the adviser told reporters.",
    "Separatist fighters, supported by armour, pushed toward the town, officials said.",
    # an inverted condition is speculation; a step someone "moved to" take moves no forces
    "Were Pyongyang to test a nuclear device, its isolation would deepen further.",
    "Tehran moved to restrict inspectors' access to the enrichment site.",
    # warning data, a place under threat, a meeting requested by somebody else
    "The three allies agreed to share missile warning data in real time.",
    "Officials said the eastern province could come under threat within weeks.",
    "The president travelled to Caracas at Guyana's request.",
    # protesters' participles are not a state's words; a link to another story is page furniture
    "Thousands of farmers rallied outside parliament in Warsaw, accusing the government of betraying them.",
    "Read more: How Finland prepares its reservists for war",
    # an unanswered question is no act; a government's own council meets nobody; "declined to say" refuses nothing
    "The minister did not say how many additional soldiers had been sent to the border.",
    "Japan's National Security Council is due to meet on Friday to review the launch.",
    "A navy spokesman declined to say how many ships were involved.",
    # civil-defence drills with sirens; a truce in a trade war; vessels that were not seen
    "The interior ministry held mock drills in 120 towns to test air-raid sirens and shelter signage.",
    "Beijing and Washington agreed to prolong their trade truce for another three months after talks in Geneva.",
    "Coast guard officers said no foreign vessels were spotted near the reef over the weekend.",
    # teams and firms meet too; missiles sent to another state are an arms transfer, not forces on the move
    "Japan and South Korea will meet in the World Cup qualifier final in Seoul on Tuesday.",
    "Angola's oil minister met executives from TotalEnergies in Luanda to discuss new offshore blocks.",
    "Tehran sent ballistic missiles to Moscow last autumn, Western intelligence officials said.",
    # a right claimed, a sports fixture, planning suspended, protesters' slogans
    "Peskov said Russia was free to station its forces wherever it chose on Russian soil.",
    "Japan and Australia will meet in Perth on Friday in their opening rugby match of the series.",
    "The navy suspended all planning for the autumn exercise that had been scheduled for October.",
    "Thousands of protesters marched through Belgrade, waving flags and calling for the government to resign.",
    # correction notices are page furniture; a court's sentence is a case, whatever military words its charge has
    "Correction: A previous version of this story gave the wrong date for the naval exercise.",
    "An earlier version of this report misidentified the brigade that took part in the drills.",
    "A military court in Kyiv sentenced a former colonel to nine years for passing deployment plans to Moscow.",
    "The tribunal convicted two officers of leaking details of the troop build-up.",
    # demand in the market's sense
    "Seoul shares slip as chip demand cools",
    "Oil demand in Asia is set to rise next year, the agency said.",
    # civil work as the purpose of a call-up; aid convoys; a sanctions list; customs officers' exercise; a missile
    # that slams into a building is an attack, not a rebuke
    "Student work teams were mobilised to help villagers gather in the maize harvest, the provincial paper said.",
    "A Red Cross convoy crossed into the besieged district from Jordan with flour and medicine on Monday.",
    "Britain added four people, including a Russian navy officer, to its sanctions list on Thursday.",
    "Customs officers from Kazakhstan and Uzbekistan held a joint exercise in detecting smuggled cigarettes.",
    "A drone slammed into a fuel depot outside Belgorod overnight, the regional governor wrote on Telegram.",
    # a former official's forecast of another party's step is speculation, wherever his title sits
    "A former Georgian defence minister, now a columnist, said Russia would probably try to move more troops into "
    "South Ossetia this year.",
    # minutes of warning are notice, not a threat; drills "designed to rehearse" something hold no drill of their own;
    # a war game's iterations are a study; a tally dated by its latest instance is history; an agency's update note
    "With the new radars the fleet would get about 15 minutes of warning before a missile strike, the report says.",
    "Commentators said the manoeuvres seemed designed to rehearse the seizure of an airfield.",
    "In most iterations of the much-discussed war game, the defenders held the island but lost most of their ships.",
    "Pakistan has carried out five nuclear tests, the last of them in May 1998.",
    "UPDATED: Adds comment from the Polish foreign ministry in paragraph 6.",
    # a clause dated in the past opens the sentence; a strategy game; rockets that set fire to fields are an attack; a
    # minister warning protest organisers is home affairs
    "When Turkey massed troops on the Syrian border in 1998, Egypt urged restraint and the Arab League called for "
    "talks.",
    "In the new online strategy game, players can call up reservists and send fleets to rival coasts.",
    "Rockets fired from Gaza set fire to fields near Sderot, the fire service said.",
    "The interior minister warned organisers of Saturday's march that they would be held responsible for any damage.",
    # a full date in the past ("on March 2, 1969": its comma is no clause break)
    "Soviet and Chinese troops clashed on Zhenbao Island, and Moscow moved two divisions to the Ussuri on March 2, "
    "1969.",
    # a suicide bomber's ramming is an attack; a newspaper's forecast is speculation
    "A suicide bomber rammed a truck into a police post in Bannu, officials said.",
    "Another nuclear test could be imminent, the South Korean newspaper JoongAng Ilbo reported.",
    # a rescue is no withdrawal; a call-up "has been completed" refers back (rule 8); a series' plot; buyers'
    # demands; a pipeline deal is business
    "Navy boats evacuated about 600 stranded villagers from the flooded delta, the military said.",
    "The reservist call-up ordered in March has been completed, the defence ministry said.",
    "The series follows a destroyer crew sent toward Taiwan during an imagined blockade.",
    "Importers in Japan and South Korea demanded lower prices for Australian coal, traders said.",
    "Kazakhstan and Uzbekistan agreed to build a gas pipeline to supply southern cities.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_event(text: str) -> None:
    assert extract_text(text) == []


def _events(text: str) -> set[tuple[str, str | None]]:
    return {(e.subtype, e.actor) for e in extract_text(text)}


CASES = [
    # soldiers recalled from leave: a readiness step, not a withdrawal
    ("Estonia's defence forces began a snap readiness check, recalling officers from leave.",
     {("readiness_check", "EST")}),
    # a year inside the content of a demand dates the content, not the demand
    ("Tehran demanded that Washington return to the terms it accepted in 2015.", {("demand", "IRN")}),
    # a trailing "X warned" after a condition that mentions the speaker's demands
    ("Israel will strike back if its security demands are ignored, Netanyahu warned.", {("warning", "ISR")}),
    # two clauses, two subjects: the carrier is Tokyo's, the alert Manila's
    ("Manila put its navy on high alert and Tokyo dispatched two destroyers to the area.",
     {("readiness_check", "PHL"), ("deployment", "JPN")}),
    # forces named after a passive launch are its platform, not a back-reference
    ("An Agni missile was launched from the frigate Talwar in the Bay of Bengal, the Indian navy said.",
     {("weapons_test", "IND")}),
    # "Military District" is a name, not forces
    ("Units of the Eastern Military District began returning to their permanent bases, Russia's defence ministry said.",
     {("withdrawal", "RUS")}),
    # talks as a precondition keep a demand a demand; the demandee is not the actor
    ("Seoul insists that North Korean troops must leave the buffer zone before talks can resume.", {("demand", "KOR")}),
    # a party named with its title twice is one party of a joint act
    ("Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif met in Astana on Thursday.",
     {("meeting", "IND"), ("meeting", "PAK")}),
    # an agreed future meeting is the participants' call for talks, whoever reports it
    ("Modi and Sharif agreed to meet in Astana next month, Indian officials said.",
     {("call_for_talks", "IND"), ("call_for_talks", "PAK")}),
    ("Pyongyang said it had no interest in dialogue with Washington.", {("rejection", "PRK")}),
    ("Kyiv is ready to return to the negotiating table, the foreign minister said.", {("call_for_talks", "UKR")}),
    # a third party's doubt is an accusation, not a denial by it
    ("Moscow said its troops had pulled back, but Seoul said it had seen no sign of a pullback.",
     {("withdrawal", "RUS"), ("accusation", "KOR")}),
    # a military order is not a diplomatic demand
    ("The Pentagon ordered 2,000 troops to Romania on Wednesday.", {("deployment", "USA")}),
    # a call for restraint or talks with the parties named in between; "exercise" as a verb is no drill
    ("UN chief Antonio Guterres urged Israel and Iran to exercise maximum restraint and return to diplomacy.",
     {("call_for_talks", "UN")}),
    ("The EU urged Armenia and Azerbaijan to resume their stalled border demarcation talks without delay.",
     {("call_for_talks", "EU")}),
    ("Washington stands ready to meet Iran without preconditions, the State Department said.",
     {("call_for_talks", "USA")}),
    # cancelled leave is part of raising readiness, not a cancelled action or a withdrawal
    ("Pakistan's army raised its alert level along the Line of Control and cancelled leave for officers.",
     {("readiness_check", "PAK")}),
    # joint parties named with their forces; a deal initialled in a longer phrase; a decree that mobilises
    ("Serbia's army and Hungarian troops held joint drills near Novi Sad.", {("exercise", "SRB"), ("exercise", "HUN")}),
    ("India and Bangladesh initialled the text of a new border agreement in Dhaka.",
     {("agreement", "IND"), ("agreement", "BGD")}),
    ("President Lukashenko signed a decree on partial mobilisation, state media reported.", {("mobilization", "BLR")}),
    # abbreviated names; a move made for a drill is the drill; "a ceasefire that …" is still a deal
    ("N. Korea test-fires ballistic missile into sea, Seoul says", {("weapons_test", "PRK")}),
    ("Japanese warships put to sea for drills off Okinawa on Monday.", {("exercise", "JPN")}),
    ("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire that took effect at midnight.",
     {("agreement", "ARM"), ("agreement", "AZE")}),
    # drills "not directed at" anyone: a denial; the enemy a drill simulates is no partner
    ("Beijing said the drills were not directed at any third country.", {("denial", "CHN")}),
    ("Israel launched a large exercise simulating a war with Hezbollah.", {("exercise", "ISR")}),
    ("Indian and Pakistani army commanders spoke over the hotline on Monday.",
     {("meeting", "IND"), ("meeting", "PAK")}),
    # a meeting with another country's ministers is diplomacy, one with a government's own is not
    ("Blinken held a meeting with Arab foreign ministers in Riyadh on Sunday.", {("meeting", "USA")}),
    # a party after "with" is no subject; "both sides" are the two parties the article is about
    ("India has put its forces along the Line of Actual Control with China on high alert.",
     {("readiness_check", "IND")}),
    ("Armenian and Azerbaijani troops have faced off near the village since Monday. "
     "Both sides have since brought in more soldiers, officials said.", {("buildup", "ARM"), ("buildup", "AZE")}),
    # the subject's next verb after "and" or a comma is its own statement, not the object of the first
    ("Beijing denied supplying missiles to Moscow and accused Washington of spreading lies.",
     {("denial", "CHN"), ("accusation", "CHN")}),
    ("Warsaw demanded that Minsk pull its troops back from the frontier, warning that it would close the border.",
     {("demand", "POL"), ("warning", "POL")}),
    # a participle describing a noun; "any further" is a condition; "additional" forces sent to no named place
    ("Israel called up 40,000 reservists ahead of an expanded ground operation.", {("mobilization", "ISR")}),
    ("North Korea warned of countermeasures against any further US military provocations.", {("warning", "PRK")}),
    ("The US dispatched an additional carrier strike group to the Middle East.", {("deployment", "USA")}),
    ("Pakistan moves extra troops to LoC as tensions rise", {("buildup", "PAK")}),
    # more verbs: flight tests, tests of interceptors, talks held, ministers who huddle, lambasting
    ("India successfully flight-tested a new ballistic missile off the Odisha coast.", {("weapons_test", "IND")}),
    ("Israel tests Arrow-3 interceptor in joint trial with US", {("weapons_test", "ISR"), ("weapons_test", "USA")}),
    ("Seoul, Tokyo hold first defence talks in nine years", {("meeting", "KOR"), ("meeting", "JPN")}),
    ("Jaishankar and Wang Yi huddled on the sidelines of the summit on Thursday.",
     {("meeting", "IND"), ("meeting", "CHN")}),
    ("China's foreign ministry lambasted Washington over its annual military report.", {("accusation", "CHN")}),
    # the army a leader orders is his own, not a back-reference; a "that" after the next comma is the participle's
    ("President Petro said he had ordered the army to the highest level of combat readiness after the clashes.",
     {("readiness_check", "COL")}),
    ('"The border is not negotiable," President Maduro said, announcing that more troops would be sent to the '
     "frontier with Guyana.", {("rejection", "VEN"), ("buildup", "VEN")}),
    # "whether" anywhere before in the clause; handshakes at talks; reservists called in; forces that will leave
    ("Analysts say it is not yet clear whether the new pad is meant for a satellite launch or a missile test.", set()),
    ("The two leaders shook hands in Geneva at their first face-to-face talks.", {("meeting", None)}),
    ("The army said it was calling in reservists for the exercise.", {("mobilization", None)}),
    ("Kyiv and Washington agreed that US troops will leave the country by December, the ministry said.",
     {("agreement", "UKR"), ("agreement", "USA"), ("withdrawal", "USA")}),
    # "any deployment … would be a legitimate target" threatens; a ceasefire to discuss is no deal yet
    ("The Kremlin said any deployment of Western troops to Ukraine would be a legitimate target.",
     {("warning", "RUS")}),
    ("The two leaders met in Doha to discuss a ceasefire in Gaza.", {("meeting", None)}),
    # reservists called up "to reinforce": the purpose, not a second event; readiness as a "state"
    ("Colombia called up 5,000 reservists to reinforce operations in the north.", {("mobilization", "COL")}),
    ("Latvia put its air defence units on the highest state of readiness on Sunday.", {("readiness_check", "LVA")}),
    # a ceasefire agreed at talks; titled counterparts met; moved "to within 15 km of" a border; a disputed claim
    ("Thailand and Cambodia agreed to an immediate ceasefire at talks in Kuala Lumpur.",
     {("agreement", "THA"), ("agreement", "KHM"), ("meeting", "THA"), ("meeting", "KHM")}),
    ("The US defence secretary and his Philippine counterpart held talks in Manila on Tuesday.",
     {("meeting", "USA"), ("meeting", "PHL")}),
    ("Satellite images show 10,000 Ethiopian troops moved to within 15 km of the Eritrean border.",
     {("buildup", "ETH")}),
    ("Armenia says it has pulled troops back from the border; Baku disputes the claim",
     {("withdrawal", "ARM"), ("accusation", "AZE")}),
    ("The spokeswoman said Warsaw expected Minsk to pull its fighters back from the border without delay.",
     {("demand", "POL")}),
    # what a warning threatens against is a condition, not a move: "any attempt to send", "sending … would be"
    ("Greece warned Ankara that any attempt to send a survey ship into its waters would be met with a response.",
     {("warning", "GRC")}),
    ("Caracas warned London that sending a warship to Guyanese waters would be a provocation.", {("warning", "VEN")}),
    # a military recruitment drive; an exercise whose name ends in "Response"
    ("Ethiopia's government announced a nationwide recruitment drive for the federal army.",
     {("mobilization", "ETH")}),
    ("Norway launched its Cold Response exercise in Finnmark on Monday, with some 16,000 troops taking part.",
     {("exercise", "NOR")}),
    # a deal that "can be signed" is to come
    ("Azerbaijan demanded that Armenia amend its constitution before a peace treaty can be signed.",
     {("demand", "AZE")}),
    # armour, concentrations: the build-up as satellite pictures show it
    ("Satellite photos show Belarusian armour massing near the Polish border.", {("buildup", "BLR")}),
    # several states as the subject of a statement verb: one event each (rule 7), titles "of" included
    ("Sweden, Finland and Norway urged Moscow to withdraw its troops from the border areas.",
     {("demand", "SWE"), ("demand", "FIN"), ("demand", "NOR")}),
    ("The defence ministers of Poland and Lithuania warned Minsk against further provocations.",
     {("warning", "POL"), ("warning", "LTU")}),
    # "the navy", "the army": the country's service, not forces reported earlier (rule 8 does not apply)
    ("The navy had doubled the number of patrol ships in the Gulf of Finland, Estonian officials said.",
     {("buildup", "EST")}),
    # a hedge between the launch verb and the missile; perfect passives; interception tests; activated reservists
    ("Iran fired what it described as a new hypersonic missile, state television reported.", {("weapons_test", "IRN")}),
    ("Pyongyang said a new solid-fuel missile had been launched from a site near the capital.",
     {("weapons_test", "PRK")}),
    ("Japan's defence ministry announced an intercept test of its SM-3 interceptor off Hawaii.",
     {("weapons_test", "JPN")}),
    ("The Philippine military said 2,000 reservists had been activated after the typhoon.",
     {("mobilization", "PHL")}),
    # a headline's second verb after a comma shares the first verb's subject
    ("Greece recalls ambassador, warns Ankara over survey ship", {("warning", "GRC")}),
    # a statement with its own subject after the reporting verb is that subject's, not the reporter's
    ("Azerbaijan said it had sent troops to the border, hours after the Armenian foreign ministry urged restraint.",
     {("buildup", "AZE"), ("call_for_talks", "ARM")}),
    # refusing talks until a condition is met; refusing to sit down with somebody
    ("Kyiv said there would be no resumption of talks until Russian troops left its territory.",
     {("rejection", "UKR"), ("withdrawal", "RUS")}),
    ("Manila said it would not sit down with Beijing while its ships blocked the shoal.", {("rejection", "PHL")}),
    # a claim that "had no basis" is disputed as false (an accusation); "no such withdrawal had been observed"
    ("Caracas said Guyana's claim to the disputed region had no basis in law.", {("accusation", "VEN")}),
    ("Moscow said it had pulled back two battalions from the border, but Kyiv said no such withdrawal had been "
     "observed.", {("withdrawal", "RUS"), ("accusation", "UKR")}),
    # what a spokesman was asked about is not a statement; the subject right before a modal phrase speaks
    ("Warsaw will not accept Russian troops in Belarus, a government spokesman told reporters when asked about the "
     "Kremlin's proposal for talks.", {("rejection", "POL")}),
    # receiving a counterpart is a meeting; troops "from" several states are each an actor, not a place
    ("The German chancellor received his Polish counterpart in Berlin on Tuesday.",
     {("meeting", "DEU"), ("meeting", "POL")}),
    ("Soldiers from Ghana and Senegal held joint drills in Gambia.", {("exercise", "GHA"), ("exercise", "SEN")}),
    # a pull-back agreed between parties is an agreement as well as a planned withdrawal
    ("Kosovo and Serbia agreed to pull back their special police units from the northern crossings.",
     {("agreement", "XKX"), ("agreement", "SRB")}),
    ("Thailand and Laos agreed to withdraw their troops from the disputed hill.",
     {("agreement", "THA"), ("agreement", "LAO"), ("withdrawal", "THA"), ("withdrawal", "LAO")}),
    # "Congolese" and "Democratic Republic of Congo" are the DR Congo
    ("The Congolese army said Rwandan troops had crossed into North Kivu.", {("deployment", "RWA")}),
    # refusing to attend; "played no role"; troops flown somewhere; an order to another state's forces is a demand
    ("Vietnam said it would not attend the conference on the disputed islands.", {("rejection", "VNM")}),
    ("Moscow said it played no role in the downing of the airliner.", {("denial", "RUS")}),
    ("US transport planes flew 400 paratroopers to Lithuania.", {("deployment", "USA")}),
    ("Burkina Faso's junta told French forces to leave within a month.", {("demand", "BFA")}),
    # a warning's conditional step of the speaker's own side is an event (hypothetical); another's claim called
    # groundless is an accusation
    ("The Pentagon warned that the US would send more warships to the region if the attacks continued.",
     {("warning", "USA"), ("deployment", "USA")}),
    ("Tokyo dismissed as groundless Beijing's claim that Japanese ships had entered Chinese waters.",
     {("accusation", "JPN"), ("deployment", "JPN")}),
    # the reporters' verbs for the subtypes: vacated, pull … out of, rushed, mustered, lobs, through its paces, put
    # on notice, vowed a response, disavowed, pointed the finger, held … responsible, out of hand, rules out giving up
    ("Kyiv said Russian units had vacated three villages east of Kupiansk.", {("withdrawal", "RUS")}),
    ("Britain will pull some 500 soldiers out of Estonia by the spring.", {("withdrawal", "GBR")}),
    ("Moscow rushed two battalions to the Kursk border on Friday.", {("buildup", "RUS")}),
    ("Poland mustered 12,000 reservists for a snap call-up.", {("mobilization", "POL")}),
    ("Pyongyang lobs two missiles into the sea off its east coast", {("weapons_test", "PRK")}),
    ("India said it had put a new Agni missile through its paces off the Odisha coast.", {("weapons_test", "IND")}),
    ("Washington put Beijing on notice over its support for Moscow's war effort.", {("warning", "USA")}),
    ("Caracas vowed a firm response to any incursion into Venezuelan territory.", {("warning", "VEN")}),
    ("Beijing disavowed any role in the cyber attack, its foreign ministry said.", {("denial", "CHN")}),
    ("London pointed the finger at Moscow for the jamming of GPS signals over the Baltic.", {("accusation", "GBR")}),
    ("Ankara held Athens responsible for the collapse of the talks.", {("accusation", "TUR")}),
    ("The Thai foreign ministry dismissed the Cambodian proposal out of hand.", {("rejection", "THA")}),
    ("Ukraine rules out giving up any territory in exchange for a ceasefire", {("rejection", "UKR")}),
    ("Japan lodged a formal protest with Beijing over the incursion.", {("accusation", "JPN")}),
    ("Canada will boost its troop presence in Latvia.", {("buildup", "CAN")}),
    ("Sweden recalls conscripts for refresher training", {("mobilization", "SWE")}),
    # headline grammar: a source before a colon, "the North" in Korean news, a verbless trip, abbreviated titles,
    # a dateline that names no party
    ("Seoul: North fires two short-range missiles", {("weapons_test", "PRK")}),
    ("Kremlin: troops returning to bases after drills", {("withdrawal", "RUS")}),
    ("Sunak in Kyiv for talks with Zelensky", {("meeting", "GBR"), ("meeting", "UKR")}),
    ("Greek PM warns Ankara over survey ship", {("warning", "GRC")}),
    ("MOSCOW — Russia said on Friday it had pulled its warships back from the Black Sea coast.",
     {("withdrawal", "RUS")}),
    # aircraft and ships detected around an island are deployed there
    ("Taiwan's defence ministry said it had detected 15 Chinese aircraft and four ships near the island.",
     {("deployment", "CHN")}),
    # "Congo" is the DR Congo; a call to join the armed forces is a call-up; false claims about oneself (denial) or
    # another (accusation); an arrival for a visit; a possessive title in apposition; hours spent with a counterpart
    ("Congo's army said it had sent reinforcements to Bunia.", {("buildup", "COD")}),
    ("Niger's junta called on young men to join the armed forces.", {("mobilization", "NER")}),
    ("Kigali rejected as 'groundless' accusations that it was supplying the rebels.", {("denial", "RWA")}),
    ("Rwanda says its troops have left the area, a claim the UN mission rejected as false.",
     {("withdrawal", "RWA"), ("accusation", "UN")}),
    ("Egypt's army chief arrived in Mogadishu on Sunday for a two-day visit.", {("meeting", "EGY")}),
    ("Lai Ching-te, Taiwan's president, on Thursday rejected Beijing's offer of talks on unification.",
     {("rejection", "TWN")}),
    ("Emmanuel Macron spent three hours with Xi Jinping in Guangzhou on Friday.",
     {("meeting", "FRA"), ("meeting", "CHN")}),
    # an order to another state to take its soldiers home; no talks as long as …; never cede; peacetime locations
    ("Mali's junta ordered France to withdraw its remaining 2,400 soldiers from the country.", {("demand", "MLI")}),
    ("\"There will be no talks with Kabul as long as it shelters militants,\" a Pakistani spokesman said.",
     {("rejection", "PAK")}),
    ("Taipei said it would never cede an inch of its territory.", {("rejection", "TWN")}),
    ("Armenia's army said three brigades had returned to their peacetime locations.", {("withdrawal", "ARM")}),
    # a pull-back claimed, then contested by the other side: "… but X said the units were still holding" (seed s04)
    ("Baku said its troops had pulled back from the heights, but Yerevan said Azerbaijani units were still holding "
     "them.", {("withdrawal", "AZE"), ("accusation", "ARM")}),
    ("Officials said the troops remained in the area.", set()),
    # "a number Kyiv called 'absurd'": the scare-quoted word belongs to who called it so
    ("Minsk said 20,000 troops had been moved to the south, a number Kyiv called \"absurd\".",
     {("deployment", "BLR"), ("denial", "UKR")}),
    # a quoted phrase inside a call still makes the call
    ("UN chief Antonio Guterres urged Russia and Ukraine to show 'utmost restraint' and to step back from the abyss.",
     {("call_for_talks", "UN")}),
    # a refusal names a step not taken: the rejection only
    ("Belgrade's refusal to pull back its units angered the mission.", {("rejection", "SRB")}),
    ("The French foreign minister urged both sides to exercise \"maximum restraint\".", {("call_for_talks", "FRA")}),
    # an urged deal is the call, not a deal
    ("Washington urged Kigali and Kinshasa to return to talks and sign the peace accord.", {("call_for_talks", "USA")}),
    # a contested pull-back: "credible reports of their presence", "contradicted by"
    ("Moscow said its units had left the island, but Helsinki said it still had credible reports of their presence.",
     {("withdrawal", "RUS"), ("accusation", "FIN")}),
    # a light verb carries the noun: "began a visit"
    ("Japan's defence minister, Gen Nakatani, began a three-day visit to Australia on Monday.", {("meeting", "JPN")}),
    ("Negotiators from Kyiv and Moscow held a second round of direct talks in Istanbul.",
     {("meeting", "UKR"), ("meeting", "RUS")}),
    # disengagement between two states needs no troop noun; "moved to" with no forces is no movement
    ("China, India finish disengagement at two friction points", {("withdrawal", "CHN"), ("withdrawal", "IND")}),
    # a light verb of a threat: "will be answered with"; "any provocation" accuses nobody
    ("Any provocation will be answered with a decisive blow, the Iranian army chief said.", {("warning", "IRN")}),
    # rejection by staying away; dismissing a formula; a council of a state is no UN body
    ("Minsk said it would not take part in the Vienna conference.", {("rejection", "BLR")}),
    ("Kyiv dismissed Moscow's peace formula as unserious.", {("rejection", "UKR")}),
    ("Sergei Shoigu, secretary of Russia's Security Council, warned that the bases would be legitimate targets.",
     {("warning", "RUS")}),
    # a raised surveillance posture; "during a phone call" is the call, held by both parties
    ("Seoul said its military had raised its surveillance posture along the border.", {("readiness_check", "KOR")}),
    ("Macron told Putin during a phone call on Friday that Paris wanted a lasting peace.",
     {("meeting", "FRA"), ("meeting", "RUS")}),
    # the premise of a conditional threat is the other side's act, not an event (the threat itself is a warning)
    ("Tokyo said it would deploy more troops to Okinawa if Beijing's drills turned into a blockade.",
     {("buildup", "JPN"), ("warning", "JPN")}),
    # a launch count with "at least"; an approximate time is no target
    ("Seoul said the North had fired at least three short-range ballistic missiles at about 6:50 a.m.",
     {("weapons_test", "PRK")}),
    # a reaction told after the act: the one who rebukes speaks ("drawing a rebuke from Moscow")
    ("Finland began building a fence along its eastern border, drawing a sharp rebuke from the Kremlin.",
     {("accusation", "RUS")}),
    # the condition first, then the threat
    ("Seoul's defence minister said that if the North crossed the maritime line again, the navy would retaliate.",
     {("warning", "KOR")}),
    # time, not troops: "as the drills entered a third day"
    ("Manila said it was monitoring the situation as the Chinese drills entered a third day.", set()),
    # titles between joined names; a quote inside a lexicon phrase; a participle's subject opens the sentence
    ("Chancellor Merz and President Macron met in Paris on Tuesday.", {("meeting", "DEU"), ("meeting", "FRA")}),
    ("Tehran said it would \"not hesitate to respond\" to any attack on its nuclear sites.", {("warning", "IRN")}),
    ("Lithuania expelled a Belarusian diplomat, accusing Minsk of orchestrating border provocations.",
     {("accusation", "LTU")}),
    # a claim dismissed by the other side: both accusations stand
    ("Moscow accused Kyiv of shelling the plant, a charge the Ukrainian army called a blatant lie.",
     {("accusation", "RUS"), ("accusation", "UKR")}),
    # troops flown or shipped in are deployed
    ("Seoul said Pyongyang had shipped about 3,000 soldiers to Russia in November.", {("deployment", "PRK")}),
    # units "heading back to their bases" withdraw; "no sign that" contests it; a live-firing exercise
    ("Minsk said the brigades were heading back to their permanent bases after the drills.", {("withdrawal", "BLR")}),
    ("Vilnius said it had seen no sign that the Belarusian units were leaving the border area.",
     {("accusation", "LTU")}),
    ("The Greek navy said it had begun a live-firing exercise south of Crete.", {("exercise", "GRC")}),
    # "the alliance" after NATO is NATO; "both sides" after two parties are those two
    ("NATO said it was watching the border. The alliance will send two more frigates to the Baltic next week.",
     {("deployment", "NATO")}),
    ("Thailand and Cambodia blamed each other for the clash. Both sides accused each other of firing first.",
     {("accusation", "THA"), ("accusation", "KHM")}),
    # aircraft that land carry a deployment; a readiness with its service named in between
    ("Four Chinese military transport planes landed in Belgrade on Saturday, Serbian media reported.",
     {("deployment", "CHN")}),
    ("Azerbaijan raises combat readiness along the Armenian border", {("readiness_check", "AZE")}),
    # troops that "remain … despite" a claimed pull-back: the speaker contests it
    ("Kyiv says Russian battalions remain in Kherson despite Moscow's withdrawal claim",
     {("accusation", "UKR"), ("withdrawal", "RUS")}),
    # cancelled leave raises readiness; reserves mobilised; heavy weapons moved to a border; contracts to serve
    ("India's army cancelled all leave for units along the Line of Control on Friday.", {("readiness_check", "IND")}),
    ("Ethiopia has mobilised its reserves and moved heavy weapons toward the Eritrean border, diplomats said.",
     {("mobilization", "ETH"), ("buildup", "ETH")}),
    ("Kyiv said 40,000 men had signed contracts to serve in the armed forces this year.", {("mobilization", "UKR")}),
    # a named former leader speaks for his state; a call for a truce is a call for de-escalation
    ("Former president Dmitry Medvedev warned that Moscow would respond to any strike on Crimea.",
     {("warning", "RUS")}),
    ("The UN chief called on both armies to agree a humanitarian truce and return to talks.",
     {("call_for_talks", "UN")}),
    # a drill "previously scheduled" is held, not past and not planned; forces far back in a long clause go home
    ("The Greek navy said it had begun a previously scheduled exercise off Crete.", {("exercise", "GRC")}),
    ("Moscow said the airborne units sent for the drills in Belarus had finished their tasks and were returning "
     "to their permanent bases.", {("withdrawal", "RUS")}),
    # a headline's named envoy "to visit": a planned visit, a call for talks until it happens (rule 9)
    ("Qatar's mediator Mohammed Al-Khulaifi to visit Kinshasa and Kigali, Doha says", {("call_for_talks", "QAT")}),
    # "citing a threat" gives the reason for a step, it is no warning; a call to arms is part of a mobilisation, no
    # demand
    ("Mali's junta put the army on maximum alert, citing a threat of foreign aggression.",
     {("readiness_check", "MLI")}),
    ("Myanmar's military government announced a call-up on Saturday, urging all men aged 18 to 35 in the capital "
     "region to report to their local recruitment offices.", {("mobilization", "MMR")}),
    # something called a rehearsal for war is a charge; a state "will take resolute measures": a threat
    ("Minsk said NATO's Defender Europe exercise, which began on Monday, was a rehearsal for an invasion.",
     {("exercise", "NATO"), ("accusation", "BLR")}),
    ("Should Hanoi keep building on the reef, China will take firm and resolute measures, the foreign ministry said.",
     {("warning", "CHN")}),
    ("Iran's army chief said any strike on its nuclear sites would trigger a crushing response.", {("warning", "IRN")}),
    # dismissing another's words as false or calling its moves a threat is a charge (alongside the other statement)
    ("Latvia's prime minister dismissed Moscow's assurances as \"worthless\" and demanded the return of the ships.",
     {("accusation", "LVA"), ("demand", "LVA")}),
    ("Manila's defence chief called the Chinese manoeuvres a blatant threat to regional stability.",
     {("accusation", "PHL")}),
    # a proposal dismissed is refused, no charge; talks one has no intention of holding are refused
    ("The offer was dismissed as 'unserious' by the Indian foreign ministry.", {("rejection", "IND")}),
    ("Seoul's unification minister said the government had no intention of sitting down with Pyongyang this year.",
     {("rejection", "KOR")}),
    # two titled heads joined by "and" speak together; "increased readiness" is a readiness check, not a buildup
    ("Britain's prime minister and Poland's president jointly urged Moscow to step back from the brink.",
     {("call_for_talks", "GBR"), ("call_for_talks", "POL")}),
    ("Norway's defence ministry said its northern brigades had been placed on increased readiness.",
     {("readiness_check", "NOR")}),
    # "X disputed that" charges; a new subject after "and" speaks for itself; "supported dialogue" calls for talks;
    # "would not hesitate to send forces" threatens the step, it does not deny it; "opened the … exercises" holds them
    ("Kyiv said its forces had recaptured the village, but Moscow disputed that on Tuesday.",
     {("accusation", "RUS")}),
    ("Seoul's foreign ministry condemned the launch and Tokyo called for calm on the peninsula.",
     {("accusation", "KOR"), ("call_for_talks", "JPN")}),
    ("India said it supported dialogue between Armenia and Azerbaijan.", {("call_for_talks", "IND")}),
    ("Turkey's defence minister said Ankara would not hesitate to send troops into Iraq if attacks continued.",
     {("deployment", "TUR"), ("warning", "TUR")}),
    ("Egypt and Saudi Arabia opened the Morgan exercises on the Red Sea coast on Sunday.",
     {("exercise", "EGY"), ("exercise", "SAU")}),
    # Indian English: formations "inducted" build up, troops "thinned out" pull back; "ruling out mediation" refuses
    # talks; calling a precondition unacceptable refuses it; "IAF" is India's air force in Indian copy
    ("The Army has inducted two additional brigades into eastern Ladakh, officials in New Delhi said.",
     {("buildup", "IND")}),
    ("Pakistan said it had thinned out troops along the Line of Control.", {("withdrawal", "PAK")}),
    ("India's foreign secretary said New Delhi was ruling out any third-party mediation.", {("rejection", "IND")}),
    ("Azerbaijan's foreign minister said Baku would not sign, calling Yerevan's preconditions unacceptable.",
     {("rejection", "AZE")}),
    ("Indian Air Force jets were moved to forward bases in Ladakh, IAF sources said.", {("deployment", "IND")}),
    ("Kyiv called on Moscow to honour the ceasefire and withdraw its troops from the plant.", {("demand", "UKR")}),
    # forces ordered toward a border build up there, whether or not they are counted
    ("Armenia orders tank units toward Azerbaijan border after overnight clashes", {("buildup", "ARM")}),
    # a right to respond reserved against a named act warns; a check of combat preparedness checks readiness
    ("Guyana's foreign minister said Georgetown reserved the right to retaliate if Venezuelan troops crossed the "
     "river.",
     {("warning", "GUY")}),
    ("Kazakhstan's southern command held a snap check of combat preparedness involving 4,000 servicemen.",
     {("readiness_check", "KAZ")}),
    # a party's word to keep its deal agrees; delegations that sat down for talks met
    ("Somalia's president said Mogadishu would faithfully honour the ceasefire agreed in Ankara.",
     {("agreement", "SOM")}),
    ("Serbian and Kosovar negotiators sat down for a fresh round of talks in Brussels on Tuesday.",
     {("meeting", "SRB"), ("meeting", "XKX")}),
    # volunteers enlisted for the army are a call-up (volunteers mobilised for a campaign are not: NEGATIVES)
    ("Venezuela's defence ministry began enlisting volunteers into the Bolivarian militia and the army.",
     {("mobilization", "VEN")}),
    # the party met is named by a country before its title: "met the French president", "his Kenyan counterpart"
    ("Egypt's foreign minister met the French president at the Elysee on Thursday.",
     {("meeting", "EGY"), ("meeting", "FRA")}),
    ("Turkey's defence minister spoke to his Greek counterpart by telephone on Sunday.",
     {("meeting", "TUR"), ("meeting", "GRC")}),
    ("The Indonesian minister spoke to reporters in Jakarta after the cabinet session.", set()),
    # a pact "allowing" forces onto each other's soil is the deal, not a move
    ("Vietnam and Indonesia signed a defence accord allowing their navies to use each other's ports.",
     {("agreement", "VNM"), ("agreement", "IDN")}),
    # every partner of a joint drill listed after "with" drills (rule 7), past the list's commas; a readiness
    # check "sharing information with" allies is one side's, and so is a test before "talks with"
    ("Egyptian paratroopers held drills with Jordan, Bahrain and Greece near Alexandria.",
     {("exercise", "EGY"), ("exercise", "JOR"), ("exercise", "BHR"), ("exercise", "GRC")}),
    ("Japan's navy raised its readiness and was exchanging data with the United States and Australia.",
     {("readiness_check", "JPN")}),
    # "…, each accusing the other": both parties the sentence opens with accuse (not the venue named since)
    ("Thailand and Cambodia held talks in Kuala Lumpur, each blaming the other for the border clashes.",
     {("meeting", "THA"), ("meeting", "KHM"), ("accusation", "THA"), ("accusation", "KHM")}),
    # a claim dismissed "by" a party: the agent accuses; "detected no sign of" a claimed step disputes it
    ("Iran said it had test-fired a new cruise missile, but the claim was dismissed as exaggerated by Israel.",
     {("weapons_test", "IRN"), ("accusation", "ISR")}),
    ("Japan's defence ministry said it had detected no sign of de-escalation on the Kuril islands.",
     {("accusation", "JPN")}),
    # two parties' forces coordinated: "a British frigate and a Dutch destroyer", "two Greek and two Turkish jets"
    # (but not "Japan and a Chinese spokesperson")
    ("A British frigate and a Dutch destroyer sailed through the Strait of Hormuz on Monday.",
     {("deployment", "GBR"), ("deployment", "NLD")}),
    # forces sent "to reinforce" what is already there build up (not when they join NATO's presence in an ally)
    ("Kenya sent 1,200 more soldiers to reinforce its positions near the Somali border, the army said.",
     {("buildup", "KEN")}),
    ("Spain will send 300 troops to Latvia to reinforce NATO's multinational brigade there.", {("deployment", "ESP")}),
    # a deal's own date ("a pact signed last year") does not make the move it governs history
    ("Rwanda has sent troops to Mozambique under a security accord signed in 2021, the army said.",
     {("deployment", "RWA")}),
    # a refusal that "would not withdraw a single soldier" rejects; nothing is denied
    ("Yerevan refused the ultimatum, saying Armenia would not pull back a single soldier from the ridge.",
     {("rejection", "ARM")}),
    # partners of a drill named as the forces or contingents "from" them, or as who "joined" it (rule 7)
    ("Mongolian troops opened the Khaan Quest exercise near Ulaanbaatar, joined by soldiers from Japan and Canada.",
     {("exercise", "MNG"), ("exercise", "JPN"), ("exercise", "CAN")}),
    ("Egypt began the Bright Star drills on Sunday with contingents from Greece, Jordan and Saudi Arabia.",
     {("exercise", "EGY"), ("exercise", "GRC"), ("exercise", "JOR"), ("exercise", "SAU")}),
    # the parties of a group met: "his counterparts from …", "the foreign ministers of …", "an … delegation"; and a
    # group's parties as one subject ("the directors general of military operations of …")
    ("Japan's defence minister hosted his counterparts from Australia, the Philippines and Vietnam in Tokyo on Friday.",
     {("meeting", "JPN"), ("meeting", "AUS"), ("meeting", "PHL"), ("meeting", "VNM")}),
    ("The Turkish foreign minister spoke by phone with the foreign ministers of Armenia and Azerbaijan on Sunday.",
     {("meeting", "TUR"), ("meeting", "ARM"), ("meeting", "AZE")}),
    ("Kazakhstan's president received a Kyrgyz delegation in Astana on Wednesday.",
     {("meeting", "KAZ"), ("meeting", "KGZ")}),
    ("The chiefs of general staff of Serbia and Hungary met in Belgrade on Monday.",
     {("meeting", "SRB"), ("meeting", "HUN")}),
    # a new force's arrival; forces "due to be stationed" or "to be based" somewhere are a move announced
    ("The arrival of some 300 French paratroopers at the base outside Abidjan was confirmed by the army.",
     {("deployment", "FRA")}),
    ("Around 2,000 Dutch troops are to be stationed in Lithuania from next year, the ministry in The Hague said.",
     {("deployment", "NLD")}),
    # a deal struck "at" or "during" talks somewhere: the talks were held too
    ("Serbia and Kosovo agreed to recognise each other's licence plates during talks in Brussels on Thursday.",
     {("agreement", "SRB"), ("agreement", "XKX"), ("meeting", "SRB"), ("meeting", "XKX")}),
    # the Holy See is a state; being "prepared to host" talks offers them; parties urged to de-escalate call for
    # nothing themselves: the call is the one who urges them
    ("The Holy See offered to host a meeting between the two presidents in Rome.", {("call_for_talks", "VAT")}),
    ("Norway is prepared to host talks between Colombia and the ELN, its foreign minister said.",
     {("call_for_talks", "NOR")}),
    ("Ghana's president implored Mali and Burkina Faso to step back from the brink and resume dialogue.",
     {("call_for_talks", "GHA")}),
    # forces a drill moves at home are the drill; sent abroad for one they are deployed there as well
    ("Finland's navy sent eight minelayers to sea on Tuesday for its annual Freedom Sea exercise.",
     {("exercise", "FIN")}),
    ("Spain will send four Eurofighters to Romania for a joint air exercise next month.",
     {("deployment", "ESP"), ("exercise", "ESP")}),
    # forces moved toward a disputed or occupied area named are massed there (a buildup)
    ("Azerbaijan has moved tanks and artillery towards the disputed Zangezur corridor, Yerevan said.",
     {("buildup", "AZE")}),
    # a later predicate's date does not make the first a plan: held talks on Saturday "and agreed to meet again next
    # month"; a "since" clause is no subject of the passive after it
    ("Serbia and Kosovo held talks in Brussels on Monday and agreed to meet again in two weeks.",
     {("meeting", "SRB"), ("meeting", "XKX"), ("call_for_talks", "SRB"), ("call_for_talks", "XKX")}),
    ("Lithuania will call up 5,000 reservists in May, the most since compulsory service was suspended in 2008.",
     {("mobilization", "LTU")}),
    # headings, refusals and charges in copy's own words
    ("The frigate HMS Richmond is heading for the Red Sea, the Royal Navy said.", {("deployment", "GBR")}),
    ("Athens demands Ankara halt the survey; Turkey says no", {("demand", "GRC"), ("rejection", "TUR")}),
    ("Sovereignty over the islands will not be on the table, Buenos Aires said.", {("rejection", "ARG")}),
    ("Ankara said there was no room for outside mediation over Cyprus.", {("rejection", "TUR")}),
    ("Vietnam called the blockade of its fishing boats an act of intimidation.", {("accusation", "VNM")}),
    # pressing others to call off a strike demands something of them; Cambodia's capital speaks for it
    ("Turkish authorities pressed the dock workers' union to call off the strike.", {("demand", "TUR")}),
    ("Phnom Penh demanded that Bangkok reopen the border crossings.", {("demand", "KHM")}),
    # a mediator's mission between two parties: all three meet
    ("Qatar's envoy undertook a mediation mission between Rwanda and Congo on Monday.",
     {("meeting", "QAT"), ("meeting", "RWA"), ("meeting", "COD")}),
    # a charge dismissed as a fabrication with an adjective between; a state's forces named by their institution
    ("Cairo dismissed the report as \"a malicious fabrication\".", {("accusation", "EGY")}),
    ("The Tatmadaw moved two battalions toward the Thai border, residents said.", {("buildup", "MMR")}),
    # a deal struck at the meeting told just before it is every met party's
    ("Armenia and Azerbaijan held talks in Abu Dhabi, agreeing to reopen two border crossings.",
     {("meeting", "ARM"), ("meeting", "AZE"), ("agreement", "ARM"), ("agreement", "AZE")}),
    ("Kenya's foreign minister met his Somali counterpart in Nairobi and agreed to reopen the border.",
     {("meeting", "KEN"), ("meeting", "SOM"), ("agreement", "KEN"), ("agreement", "SOM")}),
    # leaders named by their demonyms and a plural title meet; the deal they meet "to seal" is not yet made
    ("Uzbek and Kazakh presidents meet in Tashkent to sign water-sharing pact",
     {("meeting", "UZB"), ("meeting", "KAZ")}),
    # a freeze on drills agreed holds no drill
    ("Athens and Ankara agreed to a freeze on naval exercises near the disputed islets in August.",
     {("agreement", "GRC"), ("agreement", "TUR")}),
    # talks kept going, wanted or offered are asked for, not held or agreed; a call reaches over a longer request; a
    # refusal's object ends at ", but"
    ("Bogotá and Quito agreed to keep talking about the fishing zone.",
     {("call_for_talks", "COL"), ("call_for_talks", "ECU")}),
    ("Tashkent and Bishkek agreed to stay in close contact on the border question.",
     {("call_for_talks", "UZB"), ("call_for_talks", "KGZ")}),
    ("Cambodia wants direct talks with Thailand over the disputed temple.", {("call_for_talks", "KHM")}),
    ("Kosovo is prepared to meet Serbian officials in Brussels at any time, its prime minister said.",
     {("call_for_talks", "XKX")}),
    ("The African Union urged Sudan's generals to honour the truce they signed and come back to negotiations in "
     "Jeddah.", {("call_for_talks", "AU")}),
    ("Caracas said it would not negotiate with Georgetown under pressure, but left the door open to talks in Brasília.",
     {("rejection", "VEN"), ("call_for_talks", "VEN")}),
    # forces shifted are moved (toward a frontier: a build-up); a focus or an alliance shifted moves nobody; the
    # neighbour named by "the frontier with" is not who moves
    ("Minsk has shifted two mechanised battalions toward the Lithuanian border, Vilnius said.",
     {("buildup", "BLR")}),
    ("Moscow denied shifting marines from Tartus to eastern Libya.", {("denial", "RUS"), ("deployment", "RUS")}),
    ("Thailand's army shifted its attention to flood relief after the talks.", set()),
    ("Tajikistan said 3,000 soldiers had been moved from the frontier with Afghanistan toward the capital.",
     {("deployment", "TJK")}),
    # every party met in a list: the next official after "and", two demonyms joined, a partner's title and name
    ("Blinken hosted his Serbian and Kosovar counterparts in Washington.",
     {("meeting", "USA"), ("meeting", "SRB"), ("meeting", "XKX")}),
    ("Wang Yi spoke by phone with Thai Foreign Minister Maris Sangiampongsa and Cambodia's deputy prime minister.",
     {("meeting", "CHN"), ("meeting", "THA"), ("meeting", "KHM")}),
    # talks held with somebody, whatever their adjectives; a club's talk with a player is no diplomacy
    ("Ruto and Museveni held two lengthy meetings with the AU mediator in Addis Ababa.",
     {("meeting", "KEN"), ("meeting", "UGA"), ("meeting", "AU")}),
    ("The coach had a frank conversation with the captain after the defeat.", set()),
    # a "with" of another phrase names no partner
    ("The presidents of Mali, Niger and Burkina Faso met in Niamey amid rising tensions with Algeria.",
     {("meeting", "MLI"), ("meeting", "NER"), ("meeting", "BFA")}),
    # standing forces hosted are a state; rent brought in is money; runners' training drills are sport; drills "it
    # announced this morning" that "have now concluded" are told again (rule 8)
    ("Bahrain hosts the largest concentration of British naval forces east of Suez.", set()),
    ("Qatar's Al Udeid base brings in several hundred million dollars a year for the emirate.", set()),
    ("Ethiopian marathon runners began high-altitude training drills in Sululta.", set()),
    ("The navy says the drills it announced on Monday have now ended.", set()),
    # history: a future inside a dated "when" clause is that year's; a story dated before "and … later" goes on; a
    # crisis recalled is a memory; "the 2012-13 standoff, when …" dates its clause
    ("The Berlin crisis of October 1961 eased when Washington agreed to pull its tanks back from Checkpoint Charlie.",
     set()),
    ("Thai and Cambodian troops clashed at the temple in 2011, and the UN court later ordered both to withdraw.",
     set()),
    ("The exercise recalled the 1969 border clashes on the Ussuri river.", set()),
    ("Analysts compared it to the 2012-13 standoff, when Japan scrambled jets almost daily over the islands.", set()),
    # an act read and rejected is not read again from its passive; an act counted among others is the one told; an
    # indefinite act that "would" follow is supposed
    ("The last underground test was carried out by India at Pokhran in May 1998.", set()),
    ("It was Iran's third satellite-carrier launch of the year, state television said.", set()),
    ("A Turkish incursion, the third in five years, would almost certainly draw a response from Damascus.", set()),
    # an answer promised is a threat; a leader addressing a rally is no protester; a company's is no state's
    ("\"Any attack on our territory will be answered, and our response will be devastating,\" Kim Yo Jong said.",
     {("warning", "PRK")}),
    ("Ankara vows 'countermeasures' as Athens extends its territorial waters", {("warning", "TUR")}),
    ("Tehran said the killing of its general would not go unanswered.", {("warning", "IRN")}),
    ("\"No invader will pass,\" Armenia's defence minister told a rally of conscripts, warning Baku against any "
     "incursion.", {("warning", "ARM")}),
    ("The airline's chief executive said the breach of its systems would not go unpunished.", set()),
    # forces advanced into an area or moved closer to it build up; bombers flown along a coast are deployed; a
    # refusal to "sit idle" threatens; "come to the table" asks for talks; a deal struck at a meeting tells the meeting;
    # agreeing by video link is a call held; talks held up as "the only way" are asked for
    ("Eritrean units advanced deeper into the Badme area overnight, Addis Ababa said.", {("buildup", "ERI")}),
    ("Kyrgyz border troops moved closer to the disputed water intake, Dushanbe said.", {("buildup", "KGZ")}),
    ("Two Chinese H-6 bombers flew along Japan's southern coast on Tuesday, Tokyo said.", {("deployment", "CHN")}),
    ("\"We will not sit idle while our citizens are targeted,\" Nigeria's army chief said.", {("warning", "NGA")}),
    ("The AU chairperson urged the Sudanese generals to come back to the negotiating table.",
     {("call_for_talks", "AU")}),
    ("Peru and Ecuador agreed at a border commission meeting in Tumbes to clear the last minefields.",
     {("agreement", "PER"), ("agreement", "ECU"), ("meeting", "PER"), ("meeting", "ECU")}),
    ("Kagame and Tshisekedi agree by phone to restart the Luanda talks",
     {("call_for_talks", "RWA"), ("call_for_talks", "COD"), ("meeting", "RWA"), ("meeting", "COD")}),
    ("Qatar's emir said negotiations remained the only path to a lasting truce in Gaza.", {("call_for_talks", "QAT")}),
    # a record over the years is no new act; nor are jets handed over by their maker; "in the 1980s" is history
    ("Chile's navy has held joint exercises with Peru and Argentina over the past decade.", set()),
    ("The first four F-16 jets landed at Lielvarde after being handed over by Lockheed Martin.", set()),
    ("Iraqi troops massed near Basra in the early 1980s, according to the museum's new exhibition.", set()),
    # a party named after a comma before its verb speaks in a clause of its own, out of the earlier denial's object;
    # "it" after the party told is the teller
    ("As Minsk denied any role in the balloon flights, Lukashenko warned Vilnius against closing the border.",
     {("denial", "BLR"), ("warning", "BLR")}),
    ("Pyongyang has notified Tokyo's coast guard that it plans to launch a satellite-carrying rocket next week.",
     {("weapons_test", "PRK")}),
    # units' training named as such is a drill; so is a large-scale, tri-service or command-staff exercise, and one
    # of the CSTO; a training flight that crashed, fire crews' exercise and a call-up "for routine training" are not
    ("Azerbaijan said its units near Lachin were carrying out routine training, not preparing an offensive.",
     {("exercise", "AZE"), ("denial", "AZE")}),
    ("Hanoi will hold a large-scale exercise along its northern border next month, the defence ministry said.",
     {("exercise", "VNM")}),
    ("The CSTO's rapid reaction force began command-staff exercises near Dushanbe on Monday.", {("exercise", "CSTO")}),
    ("A Colombian air force jet crashed near Cali during a routine training flight, killing the pilot.", set()),
    ("Fire crews in Valparaiso held a large-scale wildfire response exercise before the summer.", set()),
    ("Serbia said it was calling up 2,000 reservists for what it called routine training.",
     {("mobilization", "SRB")}),
    # forces after "with" in a drill are its partner; the drill's own forces stand before it
    ("Kazakh troops held live-fire drills with Uzbek forces near Shymkent on Tuesday.",
     {("exercise", "KAZ"), ("exercise", "UZB")}),
    ("Georgia began joint exercises with US marines at Vaziani on Monday.", {("exercise", "GEO"), ("exercise", "USA")}),
    # every party whose forces join a drill or take part in it
    ("About 400 Brazilian marines will join Uruguayan units in the Atlantic Shield exercise next month.",
     {("exercise", "BRA"), ("exercise", "URY")}),
    ("Troops from Kenya and Uganda took part alongside Tanzanian contingents in the Ushirikiano exercise near Arusha.",
     {("exercise", "KEN"), ("exercise", "UGA"), ("exercise", "TZA")}),
    ("Australia and Indonesia began the Keris Woomera exercise on Monday, with Singaporean troops joining for the "
     "first time.", {("exercise", "AUS"), ("exercise", "IDN"), ("exercise", "SGP")}),
    # a test fired "on a lofted trajectory" hits nothing; forces "had been moving" are moving; a demand's reach ends at
    # the next coordinated statement verb; "urges A, B to de-escalate" asks for talks; a call received "from" a
    # leader names the partner; forces "visiting" hold no talks; "by force" inside "no plans to" is denied; a
    # headline's demanded acts are demanded
    ("Pakistan fired a Shaheen-III missile on a lofted trajectory, the military said.", {("weapons_test", "PAK")}),
    ("Ethiopian armoured columns had been moving toward the Eritrean border since Sunday, diplomats said.",
     {("buildup", "ETH")}),
    ("The Security Council demanded an end to the blockade of Goma and called on Kigali and Kinshasa to resume talks "
     "in Luanda.", {("demand", "UN"), ("call_for_talks", "UN")}),
    ("ECOWAS envoy urges Bamako, Niamey to de-escalate", {("call_for_talks", "ECOWAS")}),
    ("Oman's sultan received a telephone call from the Saudi crown prince on Sunday.",
     {("meeting", "OMN"), ("meeting", "SAU")}),
    ("Omani troops held a joint exercise with visiting British marines near Duqm.",
     {("exercise", "OMN"), ("exercise", "GBR")}),
    ("Baku has no plans to take Zangezur by force, the president's aide said.", {("denial", "AZE")}),
    ("Seoul demands Pyongyang stop balloon launches, halt artillery drills", {("demand", "KOR")}),
    # the act a demand names as its object is demanded; an answer "met by" a state threatens; men told to report to
    # mobilisation camps are called up; a unit's "usual" patrols are a routine
    ("Bamako demanded the 'swift and complete' departure of French troops from Mali.", {("demand", "MLI")}),
    ("\"Any attack on our islands will be met by the full force of our navy,\" Taiwan's defence minister said.",
     {("warning", "TWN")}),
    ("Niger's army called on all former soldiers to report to mobilisation camps in Zinder.",
     {("mobilization", "NER")}),
    ("Ghanaian peacekeepers carried out their usual night patrols near Shebaa on Friday.", set()),
    # a claim another party calls false, contests or disputes is disputed, and that party accuses; the actor calling
    # it "absurd" denies; a claim "still being analysed" is not contested
    ("Tehran announced a successful test of a new ballistic missile, a claim that Israeli officials said was not "
     "credible.", {("weapons_test", "IRN"), ("accusation", "ISR")}),
    ("The pull-back of Serbian units from the boundary was announced by Belgrade, but the move was contested by "
     "Kosovo's interior ministry.", {("withdrawal", "SRB"), ("accusation", "XKX")}),
    ("Seoul said the North had moved artillery to the front line, a claim Pyongyang called 'absurd'.",
     {("buildup", "PRK"), ("denial", "PRK")}),
    ("KCNA said Pyongyang had tested a new cruise missile, a claim Seoul's military said it was still analysing.",
     {("weapons_test", "PRK")}),
    # refusals in other words: talks or a treaty suspended, no basis for dialogue, no return to the table, a demand
    # "not accepted", not a centimetre given up
    ("Addis Ababa suspended its participation in the tripartite dam talks on Monday.", {("rejection", "ETH")}),
    ("Ankara said it saw no basis for negotiations with the YPG.", {("rejection", "TUR")}),
    ("Kigali said it would not return to the Luanda process while Kinshasa armed the FDLR.", {("rejection", "RWA")}),
    ("Belgrade \"does not accept\" Pristina's demand, the Serbian president's office said.", {("rejection", "SRB")}),
    ("\"We will not give up a single inch of Karabakh,\" Azerbaijan's president told parliament.",
     {("rejection", "AZE")}),
    # calls for talks in other words: tensions others should ease (a deal when the parties agree to ease them), a
    # chance for peace to seize, sitting down, agreeing on a transition, signing the peace treaty, "called on", the
    # video call "on Thursday" is no call on anybody; the mediators a call is addressed to are not talks asked for
    ("Ramaphosa urges Kinshasa, Kigali to ease tensions", {("call_for_talks", "ZAF")}),
    ("Thailand, Cambodia agree to ease tensions along border", {("agreement", "THA"), ("agreement", "KHM")}),
    ("Egypt called on Ethiopia and Sudan to seize the chance for peace over the dam.", {("call_for_talks", "EGY")}),
    ("The AU envoy called on the two generals to sit down and agree on a ceasefire.", {("call_for_talks", "AU")}),
    ("Washington urged Baku and Yerevan to sign their peace agreement before the summit.",
     {("call_for_talks", "USA")}),
    ("Indian and Chinese commanders held a video call on Thursday, their first talks in months.",
     {("meeting", "IND"), ("meeting", "CHN")}),
    ("Yerevan called on the mediators to make sure that Baku kept its word.", {("demand", "ARM")}),
    # forces landed or to land somewhere are deployed (not a beach landing rehearsed); warships of a named fleet are
    # no back-reference
    ("About 600 Rwandan soldiers landed in Maputo on Friday for the mission in Cabo Delgado.",
     {("deployment", "RWA")}),
    ("Tatmadaw troops practised repelling a beach landing in Rakhine.", {("exercise", "MMR")}),
    ("Warships of the Northern Fleet have put to sea from Severomorsk, Russia's defence ministry said.",
     {("deployment", "RUS")}),
    # forces moved toward "the southern X region" build up; ships heading "toward the Pacific" are deployed
    ("Kyiv said Russia had moved some 20,000 troops toward the northern Kharkiv region.", {("buildup", "RUS")}),
    ("Two Chinese destroyers sailed through the Tsushima Strait toward the Pacific, Tokyo said.",
     {("deployment", "CHN")}),
    # trade talks and trade negotiators are business, not diplomacy over a conflict
    ("Warsaw hosts Baltic agriculture ministers for talks on grain quotas", set()),
    ("Trade negotiators from Canada and the EU ended a second round of talks in Ottawa without a deal on dairy.",
     set()),
    # a call-up for a spell is still a call-up
    ("Tbilisi said reservists of the National Guard would be recalled for 60 days.", {("mobilization", "GEO")}),
    # a series of the subject's own acts after a comma: each is its own statement
    ("Kinshasa denied backing the militia, accused Kigali of arming the rebels and demanded an inquiry.",
     {("denial", "COD"), ("accusation", "COD"), ("demand", "COD")}),
    # an accented name is the name: "Bogotá" is Bogota, "Côte d'Ivoire" written without its accent still a country
    ("Cote d'Ivoire accused Burkina Faso of massing troops near Ferkessédougou.",
     {("accusation", "CIV"), ("buildup", "BFA")}),
    # the party a leader spoke to in a call was on the call too
    ("Macron warned Erdogan in a telephone call on Tuesday that any incursion into Syria would be met with sanctions.",
     {("meeting", "FRA"), ("meeting", "TUR"), ("warning", "FRA")}),
    ("Japan's prime minister told his Chinese counterpart during a video call that Tokyo would respond firmly to any "
     "further incursion near the Senkaku Islands.",
     {("meeting", "JPN"), ("meeting", "CHN"), ("warning", "JPN")}),
    # the talks a deal was struck at were held, and their host took part
    ("Serbia and Kosovo agreed to lift the border blockade at talks hosted by the EU's envoy in Brussels on Friday.",
     {("agreement", "SRB"), ("agreement", "XKX"), ("meeting", "SRB"), ("meeting", "XKX"), ("meeting", "EU")}),
    ("Ethiopia and Eritrea signed a truce after negotiations in Jeddah brokered by Saudi Arabia.",
     {("agreement", "ETH"), ("agreement", "ERI"), ("meeting", "ETH"), ("meeting", "ERI"), ("meeting", "SAU")}),
    # an act or a word judged after "is" or "are" is a charge, not a passive: "is reckless", "are lies"
    ("\"Beijing's harassment of our fishermen is reckless,\" the Philippine coast guard spokesman said.",
     {("accusation", "PHL")}),
    ("Baku said Yerevan's claims about shelling near Sotk were lies.", {("accusation", "AZE")}),
    ("\"The truce is being violated every night,\" Bamako said.", {("accusation", "MLI")}),
    ("\"This launch violates Security Council resolutions,\" Tokyo said.", {("accusation", "JPN")}),
    ("Seoul said the North's artillery drill was a dangerous escalation.",
     {("accusation", "KOR"), ("exercise", "PRK")}),
    ("\"The so-called referendum in Tskhinvali is a farce,\" Tbilisi said.", {("accusation", "GEO")}),
    ("\"Talk of Belarusian troops on the border is a complete fabrication,\" Minsk said.", {("accusation", "BLR")}),
    ("\"The drills are aimed at no third country,\" the Indonesian navy said.", {("denial", "IDN")}),
    ("\"No talks under threats,\" says Venezuela's foreign minister", {("rejection", "VEN")}),
    # a deal in force, named, is none made: "despite the ceasefire", "in violation of the 1994 accord"
    ("Baku accuses Armenian units of shelling its positions despite the ceasefire", {("accusation", "AZE")}),
    # names of offices: "the Islamic Republic", "the Taiwan Affairs Office"
    ("The Islamic Republic's navy put its ships on high alert, state television said.",
     {("readiness_check", "IRN")}),
    # no forces: a speaker who "recalled", a crowd called on, objectives "met", a step taken "as agreed"
    ("\"Our battalion has guarded this pass since 1999,\" the Kyrgyz commander recalled.", set()),
    ("The Asian Football Confederation called on supporters to respect the anthem before the qualifier.", set()),
    ("The navy said the drill was over and all its objectives were met.", set()),
    # a stage of a drill is the drill
    ("Kazakh and Kyrgyz units began the final phase of the Rubezh exercise near Bishkek on Tuesday.",
     {("exercise", "KAZ"), ("exercise", "KGZ")}),
    # forces named in an appositive that joins the subject's take part too
    ("Brazilian and Argentine sailors, joined by Uruguayan and Chilean contingents, began the UNITAS drills off Rio.",
     {("exercise", "BRA"), ("exercise", "ARG"), ("exercise", "URY"), ("exercise", "CHL")}),
    # a party named after "as" or "with", its officials or its ministry before them, speaks in a clause of its own
    ("Baku rejected the proposal, as Armenian officials accused it of stalling the talks.",
     {("rejection", "AZE"), ("accusation", "ARM")}),
    ("The two sides signed a truce, with Khartoum demanding that the RSF leave the capital.",
     {("agreement", None), ("demand", "SDN")}),
    # a leader's transit and a dispute's "unilateral moves" move no forces
    ("Beijing held drills near the island after President Lai transited through Guam.", {("exercise", "CHN")}),
    ("Athens warned Ankara against unilateral moves near Kastellorizo, saying its navy was watching.",
     {("warning", "GRC")}),
    # forces creeping nearer a border build up
    ("Satellite photos show Belarusian artillery inching closer to the Polish border.", {("buildup", "BLR")}),
    # a standing position ("has long denounced") and a deal as a condition ("only after a ceasefire") are none
    ("Tehran has long condemned the US naval presence in the Gulf as a source of instability.", set()),
    ("Paris said it would send troops to Ukraine only after a ceasefire.", {("deployment", "FRA")}),
    # what is to be avoided is no act; stability threatened is a charge, not a threat
    ("The OSCE urged both sides to avoid any further military build-up along the line.", {("call_for_talks", "OSCE")}),
    ("Manila said the Chinese drills threatened regional stability.", {("accusation", "PHL")}),
    # a drone lost on a test flight, army engineers clearing a road, a draft budget: no events
    ("An Indian army drone crashed near Leh during a test flight, officials said.", set()),
    ("Army engineers sent bulldozers to clear mud from the highway after the landslide.", set()),
    ("Seoul's draft defence budget sets aside funds for new reconnaissance drones.", set()),
    # refusing to yield is a refusal
    ("Taipei said it would never yield to pressure from Beijing.", {("rejection", "TWN")}),
    # an ultimatum: its terms are no deal, its alternative a threat
    ("The EU gave Belgrade a week to recognise the vote or face sanctions.", {("warning", "EU")}),
    # an offer welcomed "but" mediation refused: the refusal is not read as part of the offer
    ("\"We are grateful for the proposal but see no need for outside mediation,\" Yerevan said.",
     {("rejection", "ARM")}),
    # an invitation accepted is a meeting to come; an anniversary and a possessed noun are history
    ("Doha said it had invited the envoys of Kinshasa and Kigali and both had accepted.", {("call_for_talks", "QAT")}),
    ("Ten years after the Minsk accords were signed, their promises remain unmet, the analyst wrote.", set()),
    # a demand's object ends at the speaker's next verb after a comma; "while" starts the subject's next act
    ("Cairo demanded that Addis Ababa stop filling the reservoir, urged it to return to negotiations.",
     {("demand", "EGY"), ("call_for_talks", "EGY")}),
    ("Washington rejected any veto on Kyiv's membership while offering talks on arms control.",
     {("rejection", "USA"), ("call_for_talks", "USA")}),
    # a possessed noun is no verb: "in response to Moscow's demands"
    ("The alliance said it would keep its patrols in the Baltic in response to Moscow's demands.", set()),
    # the last base handed over: the forces leave
    ("Britain hands over last Cyprus base, ending six decades of military presence", {("withdrawal", "GBR")}),
    # an unnamed subject that is no state's: an opposition, a charity, a company, a bank
    ("The opposition bloc rejected the proposed constitution and accused the speaker of rigging the session.", set()),
    ("A humanitarian charity warned that the camps would run out of water within days.", set()),
    ("The ferry company withdrew two vessels from the island route and deployed a larger ship for the summer.", set()),
    ("Talks to end the nurses' strike collapsed on Friday, with both sides blaming each other.", set()),
    # history: years after an act, a dated drill named; a move inside an opening if-clause; a drill cancelled
    ("Forty years after Soviet troops withdrew from Kabul, veterans laid wreaths in Moscow.", set()),
    ("A 1996 Chinese missile exercise off Taiwan drew two US carriers to the strait, the documentary recalls.", set()),
    ("If Minsk does order another call-up, it will probably come after the harvest, our correspondent writes.", set()),
    ("Heavy snow forced the cancellation of a planned Norwegian army exercise near Kirkenes.", set()),
    # a verb form after a possessive is a noun, unless the possessor renews it: "repeated its demand that …"
    ("Shelling went on overnight despite Moscow's pledge, Kharkiv's governor said.", set()),
    ("Baku repeated its demand on Friday that Yerevan remove the territorial claim from its constitution.",
     {("demand", "AZE")}),
    # the source cited after a charge does not speak it; a negation belongs to the verb before "and"
    ("Kinshasa accused Kigali of sending 3,000 soldiers into Ituri, citing a report by UN experts.",
     {("accusation", "COD"), ("deployment", "RWA")}),
    ("Pretoria said the claims were 'not serious' and warned that any attack on its troops would be answered.",
     {("warning", "ZAF")}),
    # volunteers mobilised "for the defence of the homeland" are called to arms
    ("Mali's junta said it had mobilised all volunteers for the defence of the homeland.", {("mobilization", "MLI")}),
    # a truce proposed is a call for talks; "to avoid any unilateral step" is one too; "ready to host" in quotes
    ("Ankara and Doha jointly proposed a 30-day truce in the Kordofan region.",
     {("call_for_talks", "TUR"), ("call_for_talks", "QAT")}),
    ("Pretoria urged Kinshasa and Kigali to avoid any unilateral step.", {("call_for_talks", "ZAF")}),
    ("Nairobi said it was 'ready to host' a new round of talks between the Sudanese parties.",
     {("call_for_talks", "KEN")}),
    ("Oman urged both sides to avoid escalation and offered to host talks in Muscat.", {("call_for_talks", "OMN")}),
    # "cries foul" charges; a call for mobilisation is the call-up; a force's name is no call-up
    ("Colombia moves troops to the border as Venezuela cries foul", {("buildup", "COL"), ("accusation", "VEN")}),
    ("Yemen's president calls for general mobilisation", {("mobilization", "YEM")}),
    ("The Popular Mobilisation Forces held a parade in Basra on Sunday.", set()),
    # a warning to a government's own farmers or travellers is no threat
    ("Pakistan's water ministry warned farmers to expect lower river flows this spring.", set()),
    # a missile test told by its result; a force cut by a number of troops; drones in flight move no forces
    ("Pyongyang said its new cruise missile hit its target after a 1,500-kilometre flight.", {("weapons_test", "PRK")}),
    ("The EU mission will cut its strength by 400 troops by March, its commander said.", {("withdrawal", "EU")}),
    ("Cyprus closed its airspace as Iranian drones headed toward Israel.", set()),
    # forces over a border move; a denied crossing is a denial and the crossing denied; "any attempt to" is none
    ("Tajik troops crossed the border near Vorukh overnight, Bishkek said.", {("deployment", "TJK")}),
    ("Dushanbe denied that its soldiers had crossed the frontier.", {("denial", "TJK"), ("deployment", "TJK")}),
    ("\"Any attempt to cross our border will be met with force,\" Minsk said.", {("warning", "BLR")}),
    # jets scrambled are aircraft sent up; a year's tally of scrambles is none
    ("Seoul scrambled fighter jets after Russian bombers entered its air defence zone.",
     {("deployment", "KOR"), ("deployment", "RUS")}),
    ("Taiwan's air force scrambled jets 1,200 times last year, the ministry said.", set()),
    # "denied any new deployment" denies one
    ("Kigali denied any fresh deployment of troops in North Kivu.", {("denial", "RWA"), ("deployment", "RWA")}),
    # a test's own target is no attack's; "informed X that it would" reports; a passive's "near the Polish border"
    ("Moscow said a Bulava missile had been test-launched from the White Sea and struck its target on Kamchatka.",
     {("weapons_test", "RUS")}),
    ("Washington informed its allies that it would withdraw 2,000 troops from Germany next year.",
     {("withdrawal", "USA")}),
    ("Minsk said reservists had been called up for training near the Lithuanian border.", {("mobilization", "BLR")}),
    # conscripts reporting to barracks are called up; a truce declared is one side's commitment
    ("About 3,000 conscripts of the autumn intake reported to their units on Monday, Georgia's army said.",
     {("mobilization", "GEO")}),
    ("Moscow declared a 72-hour ceasefire for the holiday.", {("agreement", "RUS")}),
    # insisting on a ceasefire demands one; being open to discussions offers them; the span of drills told before
    ("Kyiv insisted on a full ceasefire of at least thirty days.", {("demand", "UKR")}),
    ("Tbilisi said it was open to resuming the international discussions in Geneva.", {("call_for_talks", "GEO")}),
    ("Warsaw closed two border crossings for the duration of the drills.", set()),
    # a national council's title leaves the name after it to say whose; KFOR is NATO's
    ("Security Council secretary Armen Grigoryan warned that Yerevan would respond to any incursion.",
     {("warning", "ARM")}),
    # the North's launch sites are its own; a missile into "the high seas" is a test; what a launcher "can fire" is none
    ("Seoul said two ballistic missiles were fired from the Sunan area toward the East Sea on Thursday.",
     {("weapons_test", "PRK")}),
    ("Xinhua said the PLA had launched a missile carrying a dummy warhead into the high seas of the Pacific.",
     {("weapons_test", "CHN")}),
    ("The new launcher can fire cruise missiles with a range of 1,800 kilometres.", set()),
    # regional blocs speak; a combined allied drill is military; a maritime cooperative activity is a drill
    ("ASEAN foreign ministers urged both sides to exercise restraint.", {("call_for_talks", "ASEAN")}),
    ("S. Korea, US to stage combined amphibious drill next month", {("exercise", "KOR"), ("exercise", "USA")}),
    ("Japan and the Philippines held a maritime cooperative activity off Palawan on Friday.",
     {("exercise", "JPN"), ("exercise", "PHL")}),
    # a posture bolstered is an alert raised, no forces added; reassurance that no massing is seen contests nothing
    ("Japan's military said it had bolstered its surveillance posture around the Senkaku Islands.",
     {("readiness_check", "JPN")}),
    ("Hanoi said it had seen no sign of troops massing along the northern border.", set()),
    # a treaty held in abeyance is no deal made; a deal struck at talks with no subject named is every party's
    ("New Delhi said it would keep the water-sharing treaty in abeyance.", set()),
    ("Wang Yi and Ajit Doval held boundary talks in Beijing, agreeing to reopen two border trade points.",
     {("meeting", "CHN"), ("meeting", "IND"), ("agreement", "CHN"), ("agreement", "IND")}),
    # troops sent back to their peace stations withdraw
    ("The Indian army said two brigades had returned to their peace stations.", {("withdrawal", "IND")}),
    # calls to keep a peace process going, to keep settling differences peacefully, to avoid steps that raise tensions
    ("Paris urged Belgrade and Pristina to keep the peace process on track.", {("call_for_talks", "FRA")}),
    ("Berlin urged both governments to keep settling their differences peacefully.", {("call_for_talks", "DEU")}),
    ("Tokyo urged Beijing to avoid actions that could raise tensions in the East China Sea.",
     {("call_for_talks", "JPN")}),
    # a round of talks agreed in a call is still to come
    ("Seoul's foreign minister and her Japanese counterpart agreed in a phone call to hold the next round of "
     "security talks in Tokyo.",
     {("meeting", "KOR"), ("meeting", "JPN"), ("call_for_talks", "KOR"), ("call_for_talks", "JPN")}),
    # headline idiom: "NK", "calls US 'warmonger'", "in breach of treaties", "no talks … under pressure",
    # "will not give away", "requests NATO consultations"; a bill rejected at home and a summit "off" are none
    ("NK state media: Kim puts artillery units on 'maximum alert'", {("readiness_check", "PRK")}),
    ("Tehran calls Washington 'warmonger'", {("accusation", "IRN")}),
    ("Nicosia: new Turkish outposts in the buffer zone built in breach of UN resolutions", {("accusation", "CYP")}),
    ("Caracas FM: 'No talks with Georgetown under threats'", {("rejection", "VEN")}),
    ("Baku: 'We will not give away an inch of Karabakh'", {("rejection", "AZE")}),
    ("Vilnius requests NATO consultations after drone incursion", {("call_for_talks", "LTU")}),
    ("Knesset rejects conscription bill", set()),
    ("Riyadh summit off, officials say", set()),
    # an act a few weeks earlier, named as a time anchor, is none; drones crossing into a country are an attack
    ("Geneva talks resumed on Monday, weeks after Pashinyan and Aliyev signed a peace text in Washington.", set()),
    ("Riga closed part of its airspace after Russian drones crossed into Latvian territory overnight.", set()),
    # back to the talks is no withdrawal; words said during a meeting, or after a call with someone, were said there
    ("Tehran said it would not return to talks with Washington under threats.", {("rejection", "IRN")}),
    ("Netanyahu said he had told Witkoff during their meeting in Jerusalem that Israel would not accept the plan.",
     {("meeting", "ISR"), ("meeting", "USA"), ("rejection", "ISR")}),
    # a country's body that does not speak for it abroad: an electoral commission, an opposition, a court
    ("Kenya's electoral commission rejected the opposition's claims of rigging.", set()),
    ("Georgia's opposition accused the government of steering the country toward Moscow.", set()),
    # software and terminals deployed are no forces
    ("The army's signals corps is deploying a new app for soldiers' families.", set()),
    ("The deployment of satellite terminals in the north has been delayed, officials said.", set()),
    # a pronoun opening the sentence speaks: the article's last speaker when there is one, else nobody named
    ("She accused Seoul of staging provocations near the border.", {("accusation", None)}),
    ("Venezuela's foreign minister said on Tuesday that Caracas would never give up its claim. He accused Guyana of "
     "letting the United States build bases on the disputed land.",
     {("rejection", "VEN"), ("accusation", "VEN")}),
    # a relative clause after a titled head: the state before the title speaks ("the junta, which …" names nobody)
    ("Kenya's foreign minister, who was speaking in Nairobi, called for an immediate ceasefire.",
     {("call_for_talks", "KEN")}),
    ("Mali's interim president, who took power in a coup, accused Algeria of shooting down a drone.",
     {("accusation", "MLI")}),
    ("France withdrew its last troops from Niger after the junta, which seized power in July, demanded their "
     "departure.",
     {("withdrawal", "FRA")}),
    # an appeal by joint speakers is each speaker's (rule 7), after "said" as before it
    ("Britain and France said they urged Iran to return to talks.",
     {("call_for_talks", "GBR"), ("call_for_talks", "FRA")}),
    # "after a call", a deal's parties spoke first ("a call for restraint" is no call held)
    ("After a 40-minute call, the Kenyan and Ethiopian leaders agreed to reopen the Moyale border crossing.",
     {("meeting", "KEN"), ("meeting", "ETH"), ("agreement", "KEN"), ("agreement", "ETH")}),
    ("After a call for restraint by the UN, Thailand and Cambodia agreed to a ceasefire.",
     {("agreement", "THA"), ("agreement", "KHM")}),
    # forces of two states patrolling together move; a patrol is no drill
    ("Chinese and Russian warships began a joint naval patrol near the Aleutian Islands on Sunday.",
     {("deployment", "CHN"), ("deployment", "RUS")}),
    # military aircraft flying over, near or toward a place move (TAXONOMY: "no stated direction"); not in a drill
    ("Two Russian Tu-22M3 bombers flew over the neutral waters of the Baltic Sea for seven hours, Moscow said.",
     {("deployment", "RUS")}),
    ("Two American B-52 bombers flew over the Korean peninsula during an air drill on Tuesday.",
     {("exercise", "USA")}),
    # naval forces that pass through straits, circle a country or dock at a port move
    ("Five Chinese warships passed through the Tsugaru Strait into the Pacific on Thursday, Japan's Joint Staff said.",
     {("deployment", "CHN")}),
    ("A Russian naval task group led by the frigate Admiral Gorshkov docked at Havana on Wednesday.",
     {("deployment", "RUS")}),
    ("An Indian Navy frigate, docked at Mumbai for repairs since June, returned to service.", set()),
    # forces pull back after drills, whether or not the troops are named
    ("Minsk announces pullback after exercises near Polish border", {("withdrawal", "BLR")}),
    # "… and said": a new report after a rejection, not what the rejection refused
    ("Manila dismissed the report as fabricated and said its navy would hold live-fire drills off Palawan next week.",
     {("accusation", "PHL"), ("exercise", "PHL")}),
    # a pullback agreed next to a truce is each party's (a "ceasefire" halts nothing of the pullback)
    ("Armenia and Azerbaijan agreed on a truce and a pullback of forces from the Syunik frontier on Sunday.",
     {("agreement", "ARM"), ("agreement", "AZE"), ("withdrawal", "ARM"), ("withdrawal", "AZE")}),
    ("The 1994 accords were meant to pave the way for a ceasefire and a withdrawal of heavy armour.", set()),
    # "storms" as the verb of the threatened act is no weather
    ("Turkey warns of grave consequences if Greece storms the island.", {("warning", "TUR")}),
    ("The weather service warned of storms along the coast on Friday.", set()),
    # a party named right before a weak asking verb asks for a de-escalation step itself
    ("The European Union urged Serbia and Kosovo to agree a lasting truce.", {("call_for_talks", "EU")}),
    # a deal reported by a third party is the deal of the parties named after "said"
    ("Kenya's president said Ethiopia and Somalia had agreed to restore diplomatic ties.",
     {("agreement", "ETH"), ("agreement", "SOM")}),
    # talks a sentence opens with, or leaders "meeting in" a city, were held ("At the … meeting" looks back)
    ("At talks in Doha, the envoys of Congo and Rwanda signed a declaration of principles.",
     {("meeting", "COD"), ("meeting", "RWA"), ("agreement", "COD"), ("agreement", "RWA")}),
    ("EU leaders meeting in Brussels agreed to open accession talks with Ukraine.",
     {("meeting", "EU"), ("call_for_talks", "EU")}),
    ("At the Argyle meeting, Venezuela and Guyana pledged not to use force.",
     {("agreement", "VEN"), ("agreement", "GUY")}),
    # a participle after a comma shares the series of parties opening the sentence ("with Warsaw calling" has its own)
    ("Estonia and Latvia expelled Russian diplomats on Friday, accusing Moscow of espionage.",
     {("accusation", "EST"), ("accusation", "LVA")}),
    # an ultimatum of "one week … or face intervention" threatens; ECOWAS is a party
    ("ECOWAS gave Mali's junta one month to set an election date or face possible military intervention.",
     {("warning", "ECOWAS")}),
    # military police are forces ("Kosovo police deployed" are not)
    ("Russian military police will patrol the border zone near Kobani from Tuesday, the Kremlin said.",
     {("deployment", "RUS")}),
    ("Kosovo police deployed special units to the north on Monday.", set()),
    ("Pakistan announced on Monday that it had conducted an atomic test in the Chagai hills.",
     {("weapons_test", "PAK")}),
    # another's act judged "a threat" after a copula is a charge; "would be considered a threat" warns
    ("The deployment of American missiles in Japan poses a direct threat to regional security, Beijing said.",
     {("deployment", "USA"), ("accusation", "CHN")}),
    ("Any foreign base on Guyanese soil would be considered a direct threat and would not go unanswered, Caracas "
     "warned.", {("warning", "VEN")}),
    # a step not ruled out is kept open: hypothetical, neither denied nor refused
    ("The German chancellor said Berlin could not rule out sending air-defence units to Poland.",
     {("deployment", "DEU")}),
    # a denial after a rejection governs its own object (rule 10); "its reserves" are forces, a bank's are money
    ("Asmara rejected the mediation offer and denied mobilising its reserves.",
     {("rejection", "ERI"), ("denial", "ERI"), ("mobilization", "ERI")}),
    ("The central bank mobilised its reserves to defend the currency.", set()),
    # a deal to set up a joint force is the deal (no base set up); interceptors are forces; aircraft flown into a base
    ("Mali, Burkina Faso and Niger agree to set up joint force against insurgents",
     {("agreement", "MLI"), ("agreement", "BFA"), ("agreement", "NER")}),
    ("South Korea deploys THAAD interceptors to a base in Seongju", {("deployment", "KOR")}),
    ("Moscow has flown a dozen combat aircraft into the Hmeimim base, the ministry said.", {("deployment", "RUS")}),
    # a contract's object is a purchase, not forces added
    ("Rheinmetall won a contract to supply more Skyranger air-defence systems to the Dutch army.", set()),
    # a state that protests another's act charges it; residents that protest are no party
    ("Seoul protests as Chinese warplanes enter its air defence zone", {("accusation", "KOR"), ("deployment", "CHN")}),
    ("Residents of Jeju protested against the construction of a new naval base.", set()),
    # a wire's slug or a live blog's timestamp is no part of the story: the headline's second verb keeps its subject
    ("BREAKING: Serbia recalls envoy, warns Pristina over police raids", {("warning", "SRB")}),
    ("UPDATE 2-Kenya and Uganda agree to set up joint border patrols", {("agreement", "KEN"), ("agreement", "UGA")}),
    # the statement around a definite arrival is labelled (rule 8): a state's protest charges, the arrival is not new
    ("Caracas protested against the arrival of the British patrol ship off Georgetown.", {("accusation", "VEN")}),
    # asked to reduce tensions is a call for de-escalation; envoys that talked for hours met
    ("Estonia urged Moscow to take steps to ease tensions along the Narva river.", {("call_for_talks", "EST")}),
    ("Serbian and Kosovar negotiators talked for nearly five hours in Brussels on Thursday.",
     {("meeting", "SRB"), ("meeting", "XKX")}),
    ("Analysts talked for hours about the crisis on state television.", set()),
    # a launch told by its flight; an order in the imperative opening a quote moves no forces: it is the speaker's
    # demand
    ("A North Korean intermediate-range missile flew over Aomori prefecture on Friday, Tokyo said.",
     {("weapons_test", "PRK")}),
    ('"Pull your tanks back from the frontier today," the OSCE envoy told both sides.', {("demand", "OSCE")}),
    # aircraft that enter another's airspace move (a deployment, as the dev set's convention has it); a missile that
    # enters is a munition, and "any aircraft entering" is a threat's condition
    ("Two Russian Su-24 bombers entered Swedish airspace east of Gotland on Friday, the Swedish air force said.",
     {("deployment", "RUS")}),
    ("Lithuania put its air defences on alert after a drone briefly entered its airspace.",
     {("readiness_check", "LTU")}),
    ("Two fighter jets entered Lithuanian airspace for several minutes, the army said.", {("deployment", None)}),
    # civil ministers' pacts are no security deals
    ("The tourism ministers of Greece and Turkey signed a pact in Izmir to promote joint cruise routes.", set()),
    # no reports of a move, a force built to deploy, a withdrawal reversed
    ("There were no reports of Russian warships entering the Gulf of Finland overnight.", set()),
    ("The rapid reaction corps is designed to deploy anywhere in Europe within ten days.", set()),
    ("Pentagon keeps carrier Eisenhower in the Gulf, reversing planned withdrawal", set()),
    # a civil satellite's launch tests no weapon; recruits as a noun are no call-up (the verb, or recruits that joined)
    ("A rocket carrying a communications satellite lifted off from Kourou on Thursday and was launched into orbit.",
     set()),
    ("The Kenyan army trains Somali recruits at a camp near Garissa.", set()),
    ("Sudan's army has recruited 15,000 volunteers since the fighting began, a spokesman said.",
     {("mobilization", "SDN")}),
    # a drill called "rehearsal for invasion" is charged; an act judged after a copula, with a place between
    ("Moscow and Minsk open Zapad drills; Vilnius calls them 'rehearsal for aggression'",
     {("exercise", "RUS"), ("exercise", "BLR"), ("accusation", "LTU")}),
    ('"These flights near our coast are unacceptable," the Norwegian defence minister said.', {("accusation", "NOR")}),
    # another's figure called "speculative" or "'greatly exaggerated'" is disputed by the speaker
    ("Minsk said 9,000 troops had joined the drills, though Lithuanian officials said the number was 'hugely "
     "exaggerated'.", {("exercise", "BLR"), ("accusation", "LTU")}),
    # a deal's terms named with "agreed" before them are no deal made
    ("Thai troops pulled back to agreed positions near the temple on Tuesday, the army said.", {("withdrawal", "THA")}),
    # a deal with lenders has no party (a trade pact between states stays a deal, as PLOVER's gold has it)
    ("Egypt reached a staff-level agreement with the International Monetary Fund on its loan programme.", set()),
    # opposition parties named after "opposition" speak for no state; civil rockets and footballers' "missiles" test
    # nothing; an act warned against is not done; one conscript's own service is no call-up
    ("Kenya's opposition Azimio coalition demanded that the government bring home its police officers from Haiti.",
     set()),
    ("Blue Origin's New Glenn rocket exploded minutes after lift-off on its second flight.", set()),
    ("The striker fired a low missile past the goalkeeper in the 89th minute.", set()),
    ("Beijing warns Tokyo against deploying missiles on Yonaguni", {("warning", "CHN")}),
    ("The singer began his compulsory military service at a boot camp in Nonsan on Monday.", set()),
    # forces "from" several states are theirs; the parties that joined a drill take part alongside its own
    ("Troops from Uzbekistan, Kazakhstan and Kyrgyzstan joined a CSTO command-staff drill near Dushanbe on Monday.",
     {("exercise", "UZB"), ("exercise", "KAZ"), ("exercise", "KGZ")}),
    ("Qatar, Kuwait and Oman joined a Saudi-led air exercise over the Gulf on Tuesday.",
     {("exercise", "QAT"), ("exercise", "KWT"), ("exercise", "OMN"), ("exercise", "SAU")}),
    ("Taiwan said it had tracked 20 Chinese warships taking part in drills east of the island.", {("exercise", "CHN")}),
    # talks a third party mediated between two parties were held by them, and by the mediator
    ("Qatar mediated indirect talks between Israel and Hamas in Doha on Sunday.",
     {("meeting", "ISR"), ("meeting", "PSE"), ("meeting", "QAT")}),
    # a pullback agreed "after talks" is no exit from an institution; demonyms qualifying "border chiefs" speak
    ("Uzbek and Kyrgyz border chiefs agreed to pull troops back from the frontier after talks in Osh on Friday.",
     {("agreement", "UZB"), ("agreement", "KGZ"), ("withdrawal", "UZB"), ("withdrawal", "KGZ"), ("meeting", "UZB"),
      ("meeting", "KGZ")}),
    # patrol drills are the drill; network gear deployed moves no forces; "leaving … sailors missing" leaves nothing
    ("Two Chinese H-6 bombers flew over the East China Sea during long-range patrol drills, Tokyo said.",
     {("exercise", "CHN")}),
    ("Nokia won a contract to deploy 5G base stations across Vietnam's northern provinces.", set()),
    ("A Greek navy patrol boat capsized off Crete, leaving four sailors missing.", set()),
    # a participle clause after a comma starts its own phrase: the passive after it governs only its own subject
    ("The last Belgian troops left Bamako on Friday, completing a withdrawal demanded by Mali's junta.",
     {("withdrawal", "BEL")}),
    # talks held with their level named before them ("corps commander-level talks", "special representatives' talks")
    ("Indian and Chinese commanders held corps commander-level talks at Chushul on Sunday.",
     {("meeting", "IND"), ("meeting", "CHN")}),
    # a call-up abolished is no call-up
    ("Serbia's defence ministry said compulsory military service would be abolished under the reform.", set()),
    # a deal struck after the parties' ministers met: the meeting was held (a headline's "meet" too, no talks to come)
    ("Armenia, Azerbaijan agree to reopen border crossing after foreign ministers meet in Almaty",
     {("agreement", "ARM"), ("agreement", "AZE"), ("meeting", "ARM"), ("meeting", "AZE")}),
    # Chinese warplanes reported in an air defence zone move
    ("Taiwan reports 27 Chinese warplanes in its air defence zone", {("deployment", "CHN")}),
    # bombers that flew from one base to another place move; an armada is a force
    ("Two US B-52 bombers flew from Guam to the skies over the Korean peninsula on Monday, the Pentagon said.",
     {("deployment", "USA")}),
    # another's act judged by a bare adjective charges it ("called the sorties unsafe", "a 'hostile act'"); reports
    # called so are a denial's word
    ("The Australian defence ministry called the Chinese fighter's intercept unsafe and unprofessional.",
     {("accusation", "AUS")}),
    ("Georgia called the Russian troop movements a 'hostile act' on Thursday.", {("accusation", "GEO")}),
    ("Hanoi denied that it had sent troops to the island, calling the reports 'provocative inventions'.",
     {("denial", "VNM"), ("deployment", "VNM")}),
    # soldiers sent to a disaster at home move no force for a crisis; sent to another state's disaster, or to evacuate
    # nationals from abroad, they are deployed there
    ("Italy sent 800 soldiers to the flood-hit towns of Emilia-Romagna on Tuesday to help with the clean-up.", set()),
    ("Greek army units were deployed to Evia to help firefighters as the blaze spread.", set()),
    ("Australia sent a navy ship and two transport aircraft to Vanuatu to help with relief operations after the "
     "cyclone.", {("deployment", "AUS")}),
    ("Seoul would dispatch military aircraft to evacuate its nationals from Lebanon, the foreign ministry said.",
     {("deployment", "KOR")}),
    # forces added to a garrison build it up ("will add about 400 marines to"); players added to a squad do not
    ("Britain will add about 400 marines to its garrison in Cyprus, the defence ministry said.", {("buildup", "GBR")}),
    ("The club will add two players to its squad before the derby.", set()),
    # nobody's warning of no force or harm is no threat ("forecasters warned", "health officials warned")
    ("Officials warned that the new variant could spread quickly during the holidays.", set()),
    ("The ministry issued a warning about fake lottery messages circulating online.", set()),
    ("He warned that any attack would be met with a crushing response.", {("warning", None)}),
    # a speaker's words quoted inside the phrase still make it ("would 'pay a heavy price'", "take 'firm measures'")
    ("Tehran said London would 'pay a price' for seizing the tanker.", {("warning", "IRN")}),
    ("Moscow said it would take 'firm and resolute measures' if the missiles were deployed.", {("warning", "RUS")}),
    # "hold no talks with … as long as" refuses; threat idioms warn ("fair game for its forces", "a cause for war",
    # "patience … is not unlimited"), and "reminded X that" reports the speaker's words
    ("Seoul said it would hold no talks with Pyongyang as long as the missile tests continued.",
     {("rejection", "KOR")}),
    ("Tehran said foreign tankers in the strait would be fair game for its navy.", {("warning", "IRN")}),
    ("Athens reminded Ankara that any landing on the islet would be treated as a cause for war.",
     {("warning", "GRC")}),
    ("Beijing's patience with Manila's provocations is running out, the foreign ministry said.", {("warning", "CHN")}),
    ("His private life is fair game for the tabloids.", set()),
    # a ceremony rehearsed and a census "exercise" are no drills; a UN or regional mission is a force
    ("Ghanaian soldiers rehearsed the Republic Day parade in Accra on Sunday.", set()),
    ("Uganda's census exercise will count soldiers posted abroad separately, officials said.", set()),
    ("The Security Council voted to order a pullout of the UN mission from South Sudan within a year.",
     {("withdrawal", "UN")}),
    # a missile named by its designator alone is tested; a target ship hit is the test's own target, not an attack
    ("Pakistan test-fired a Ghaznavi-2 from a site in the south, the military said.", {("weapons_test", "PAK")}),
    ("Britain test-fires a Trident II from a submarine off Florida", {("weapons_test", "GBR")}),
    ("The South Korean navy test-fired a Haeseong anti-ship missile, hitting a decommissioned frigate off Pohang.",
     {("weapons_test", "KOR")}),
    # civilians ordered to evacuate are no forces withdrawn; a headline's present tense raises an alert too
    ("The army told some 40,000 residents to evacuate the northern districts before the offensive.", set()),
    ("Philippines raises alert level in northern Luzon", {("readiness_check", "PHL")}),
    # leaders named alone speak for their states (the gazetteer's leaders: Bukele, Tebboune, Dendias, Iohannis …)
    ("Bukele ordered 5,000 soldiers to the border with Honduras.", {("buildup", "SLV")}),
    ("Tebboune and Macron met in Algiers on Thursday.", {("meeting", "DZA"), ("meeting", "FRA")}),
    ("Dendias accused Ankara of provocations in the Aegean.", {("accusation", "GRC")}),
    # a habit told as background ("every other year since", "has hosted 12 rounds") is no drill or meeting of the news,
    # unless the sentence dates one now
    ("The Malabar exercise, held every year since 1992, takes its name from India's south-western coast.", set()),
    ("Geneva has hosted 12 rounds of the talks between the two governments.", set()),
    ("India and France began the Varuna exercise, held every year since 2001, off Goa on Monday.",
     {("exercise", "IND"), ("exercise", "FRA")}),
    # a dated visit of somebody's and what "years have passed since" names are background
    ("Modi's 2019 visit to Mamallapuram was the last summit of the two leaders on Indian soil.", set()),
    ("Ten years have passed since Moscow and Kyiv signed the Minsk accords.", set()),
    # talks held with a quoted adjective, and a call held with its length named, are meetings
    ("Lavrov and Rubio hold 'constructive' talks in Riyadh", {("meeting", "RUS"), ("meeting", "USA")}),
    ("Macron and Zelensky hold hour-long call", {("meeting", "FRA"), ("meeting", "UKR")}),
    # a step back from escalation or a lower temperature asked of others calls for calm, not a demand
    ("Qatar called on both militaries to step back from further escalation along the border.",
     {("call_for_talks", "QAT")}),
    ("Ankara urged Athens and Nicosia to 'lower the temperature' in the eastern Mediterranean.",
     {("call_for_talks", "TUR")}),
    # aircraft flying home withdraw like troops
    ("Poland's F-16s flew home from Lithuania on Sunday after the air-policing rotation.", {("withdrawal", "POL")}),
    # a ship ordered somewhere by its name, an amphibious ready group sent, forces on "maximum readiness"
    ("London ordered HMS Forth to the Falklands on Tuesday.", {("deployment", "GBR")}),
    ("Washington sends amphibious ready group to the eastern Mediterranean", {("deployment", "USA")}),
    ("Seoul said its forces had been placed on maximum readiness.", {("readiness_check", "KOR")}),
    # a meeting at home (a leader with his own team, cabinet, party or parliament) meets no second party
    ("Bangladesh's prime minister met the army chief in Dhaka to discuss flood relief.", set()),
    ("Macron met his defence council at the Elysee on Sunday to review options.", set()),
    ("Macron met Zelensky and his defence council at the Elysee on Sunday.", {("meeting", "FRA"), ("meeting", "UKR")}),
    # a person of state arriving in another's capital visits (a meeting); forces, teams and planes that arrive do not,
    # nor a leader coming home
    ("Modi touched down in Kyiv on Friday, the first visit by an Indian prime minister.", {("meeting", "IND")}),
    ("Japan's foreign minister made an unannounced trip to Damascus on Sunday.", {("meeting", "JPN")}),
    ("Brazil's national volleyball team arrived in Tokyo for the world championship.", set()),
    ("Macron arrived in Paris late on Sunday after the summit.", set()),
    # "in the past ten days" is recent, not history; instructors who land are deployed; firms, museums and drivers
    # that move ships, tanks or rigs move no forces
    ("Turkey has sent about 500 soldiers to Libya in the past ten days, officials in Tripoli said.",
     {("deployment", "TUR")}),
    ("Chinese military advisers landed in Juba on Tuesday, South Sudan's army said.", {("deployment", "CHN")}),
    ("Shipping lines rerouted their vessels away from the Red Sea for the winter.", set()),
    ("The tank museum moved its collection of Cold War armour to a new hall near Bovington.", set()),
    # a state's own forces ordered out withdraw; another's ordered out are a demand; "cannot rule out" keeps a step
    # open; sports boards meet nobody of state
    ("Biden orders most US troops out of Niger", {("withdrawal", "USA")}),
    ("Mali's junta ordered French troops out of the country.", set()),
    ("Berlin says it cannot rule out sending air-defence units to Poland", {("deployment", "DEU")}),
    ("India and Sri Lanka cricket boards hold talks in Colombo over the tour schedule", set()),
    # names opening with a lower-case particle resolve ("von der Leyen"); two leaders who "spoke for two hours" or "sit
    # down in" a city, a guest "received at" or "welcomed to" a capital, and a quoted "'warm' call with" meet
    ("Pedro Sanchez met von der Leyen in Madrid on Monday.", {("meeting", "ESP"), ("meeting", "EU")}),
    ("Modi and Putin spoke for more than an hour on Thursday, the Kremlin said.",
     {("meeting", "IND"), ("meeting", "RUS")}),
    ("Kagame received Ruto at Village Urugwiro in Kigali on Friday.", {("meeting", "RWA"), ("meeting", "KEN")}),
    ("Tokayev welcomed Mirziyoyev to Astana on Tuesday.", {("meeting", "KAZ"), ("meeting", "UZB")}),
    ("Macron and Scholz sit down in Berlin as the budget row deepens", {("meeting", "FRA"), ("meeting", "DEU")}),
    ("Albanese said he had a 'warm and constructive' call with Xi on Monday.",
     {("meeting", "AUS"), ("meeting", "CHN")}),
    # teams that meet in a tournament and targets met are no meetings of states
    ("Brazil's national squad paid a courtesy visit to President Lula in Brasilia after the tournament.", set()),
    ("Indonesia's rice output met the government's target for the second year running.", set()),
    # talks between two parties that opened, resumed or ended were held by both; stalled talks and coalition talks
    # at home were not
    ("Talks between Kosovo and Serbia in Brussels ended on Monday without a deal.",
     {("meeting", "XKX"), ("meeting", "SRB")}),
    ("Negotiations on a truce between Sudan and Chad resumed in Jeddah on Sunday.",
     {("meeting", "SDN"), ("meeting", "TCD")}),
    ("Talks between Tokyo and Seoul have been stalled since the 2019 trade dispute.", set()),
    ("Coalition talks between the Greens and the Liberals resumed in Berlin on Friday.", set()),
    # another party's conduct called deliberate in somebody's words accuses it; one's own ship run aground does not
    ("Latvia's interior minister said Minsk was deliberately sending migrants to the frontier.",
     {("accusation", "LVA")}),
    ("Iran is deliberately stoking unrest in the Gulf, the Saudi foreign minister said.", {("accusation", "SAU")}),
    ("The navy deliberately ran the old frigate aground on the reef in 1998.", set()),
    # another's act judged a threat is a charge of its own, beside a demand of the same speaker
    ("Manila said the blockade was a threat to regional peace and called on Beijing to withdraw its ships.",
     {("accusation", "PHL"), ("demand", "PHL")}),
    # forces to be based somewhere are a move announced
    ("Two Dutch F-35 squadrons will be based at Lask air base from January.", {("deployment", "NLD")}),
    # the opening subject's second verb after "but": "played down the damage but warned …"
    ("Ankara played down the damage but warned that any attack on its troops would be answered.", {("warning", "TUR")}),
    # troops pledged to a force are a contribution and loyalty pledged an oath, no deal
    ("Rwanda pledged 600 soldiers to the UN mission in the Central African Republic.", set()),
    ("The army chief pledged loyalty to the new president at a ceremony in Dhaka.", set()),
    # forces that depart for a mission go there (a departure from a place stays a withdrawal)
    ("A company of Nepalese peacekeepers departed for Lebanon on Thursday.", {("deployment", "NPL")}),
    ("The last Belgian paratroopers departed from Mali on Friday.", {("withdrawal", "BEL")}),
    # a drill or test that has yet to happen, or only seems likely, is no event
    ("A fourth round of live-fire drills near the strait, long announced, has yet to take place.", set()),
    ("Russia's buildup of troops continued, and an attack now appears likely.", {("buildup", "RUS")}),
    ("Another test of the new hypersonic missile now looks increasingly likely, analysts say.", set()),
    # any war named as such opens history: "During the Six-Day War, …"
    ("During the Iran-Iraq War, Baghdad mobilised hundreds of thousands of reservists.", set()),
    ("During the Kargil War, India moved two divisions to Kashmir, the veteran recalled.", set()),
    # "on red alert", and an army put "on a war footing" (an economy is not)
    ("Thailand put its border units on red alert after the shelling.", {("readiness_check", "THA")}),
    ("Georgia put its army on a war footing as Russian columns moved south.",
     {("readiness_check", "GEO"), ("deployment", "RUS")}),
    ("The finance minister said the government had put the economy on a war footing against inflation.", set()),
    # a state that begins "exercises" holds a drill; agencies "in" a state that hold one do not make it military
    ("Iran has begun five days of exercises near the Strait of Hormuz.", {("exercise", "IRN")}),
    ("Hospitals in Norway held exercises simulating a power cut on Tuesday.", set()),
    # a theatre command and ground units are military context for a drill or an alert
    ("China's Southern Theater Command said it had begun exercises in the South China Sea.", {("exercise", "CHN")}),
    ("Armenia placed ground units along the Syunik border on high alert.", {("readiness_check", "ARM")}),
    # a strategic "command-and-staff" exercise is no office staff's
    ("A strategic command-and-staff exercise began in Belarus on Monday.", {("exercise", None)}),
    # a missile "successfully launched from" a site, named at the sentence's opening, is a test
    ("The Bulava ballistic missile was successfully launched from the White Sea, the ministry said.",
     {("weapons_test", None)}),
    # a student or independence movement that mobilises or presses is no state
    ("Thailand's student movement mobilised thousands in Bangkok against the military-drafted constitution.", set()),
    ("Bougainville's independence movement has demanded a date for the handover.", set()),
    # a conference addressed by name holds no talks
    ("The Australian minister told the Shangri-La Dialogue that the region's risks were rising.", set()),
    # a drill named with its year that gets under way is introduced, not referred back to
    ("The Vostok-2018 exercise got under way in Siberia with Chinese and Mongolian troops taking part.",
     {("exercise", "RUS"), ("exercise", "CHN"), ("exercise", "MNG")}),
    ("The Zapad-2017 drills, held four years ago, were smaller than the later ones.", set()),
    # a named party that urges others to act speaks itself, with no speech verb around it
    ("The EU urged Serbia and Kosovo to refrain from steps that could inflame tensions.", {("call_for_talks", "EU")}),
    # refusals to recognise, hand over or give up, and an attack disowned for everybody
    ("Seoul said it would 'never' recognise Japan's claim to the islets.", {("rejection", "KOR")}),
    ("Manila neither accepts nor recognises Beijing's ten-dash map, the ministry said.", {("rejection", "PHL")}),
    ("Caracas will not hand over the detained soldiers to Guyana, the defence minister said.", {("rejection", "VEN")}),
    ("Pyongyang will never give up its nuclear deterrent, the state news agency said.", {("rejection", "PRK")}),
    ("'No one is planning to invade Moldova,' the Russian envoy told reporters.", {("denial", "RUS")}),
    ("Nobody is going to build a second runway here, the mayor said.", set()),
    # a summit where a meeting is to be holds none yet
    ("Erdogan and Mitsotakis agreed to meet again at the NATO summit in July.",
     {("call_for_talks", "TUR"), ("call_for_talks", "GRC")}),
    # a civil defence force's sirens and drill are no military act
    ("Finland's civil defence force tested its warning sirens on Monday in a routine nationwide exercise.", set()),
    # a launch that only signs point to is no launch
    ("South Korea raised its alert level amid signs of an imminent North Korean nuclear test.",
     {("readiness_check", "KOR")}),
    # strategic assets massed are forces; KCNA's "south Korea" is the Republic of Korea
    ("KCNA accused Washington of massing strategic assets around south Korea.",
     {("accusation", "PRK"), ("buildup", "USA")}),
    # forces a party "had sent" somewhere, named in their own relative clause, are no new move
    ("Minsk said units it had sent to the Polish border had returned to their barracks.", {("withdrawal", "BLR")}),
    # a guest received at a leader's residence or office is met
    ("Erdogan received Pashinyan at his residence in Istanbul on Saturday.", {("meeting", "TUR"), ("meeting", "ARM")}),
    # "any move by X to …" is a step toward an act, no move of forces
    ("Any move by Minsk to expand its troop presence on the border would worry Vilnius, analysts say.", set()),
    ("The army ordered its units to move to designated areas.", {("deployment", None)}),
    # a contingent brought home withdraws; studies of war games hold no drill
    ("Ireland brought home its contingent of 130 soldiers from the Golan Heights.", {("withdrawal", "IRL")}),
    ("NATO's eastern flank could be cut off within days, several war-game studies suggest.", set()),
    # an aside naming the medium or occasion sits between the speaker and the verb
    ("Iran, in a letter to the UN, warned Israel against any attack.", {("warning", "IRN")}),
    ("Blinken, in his own remarks, accused Moscow of stalling.", {("accusation", "USA")}),
    # going on with one's own drill is no demand; a test "of a new" weapon introduces it
    ("The Chinese navy pressed ahead with live-fire drills off Fujian on Sunday.", {("exercise", "CHN")}),
    ("KCNA said the test of a new underwater strategic weapon had been a success.", {("weapons_test", "PRK")}),
    # when a weapon or a drill was first seen is its history ("for the first time" on a day is news)
    ("Iran first tested the Kheibar missile in May, state media recalled.", set()),
    ("Iran tested a new missile for the first time on Monday, state media said.", {("weapons_test", "IRN")}),
    # a deal or a threat denied is an event of its own, denied (rule 10); a rejected offer stays the object
    ("Baku denied that it had agreed to let Iranian monitors into the corridor.",
     {("denial", "AZE"), ("agreement", "AZE")}),
    ("The Kremlin denied that Shoigu had threatened Finland.", {("denial", "RUS"), ("warning", "RUS")}),
    ("Kyiv rejected an offer of talks from Minsk.", {("rejection", "UKR")}),
    # another party's plot told by a speaker accuses it; a spokesman who "refused to be drawn" refuses nothing
    ("Serbia's president said Croatia was plotting to destabilise the region.", {("accusation", "SRB")}),
    ("The minister declined to be drawn on whether Ankara would retaliate.", set()),
    # the Pope alone speaks for the Holy See
    ("Pope calls on Armenia and Azerbaijan to negotiate", {("call_for_talks", "VAT")}),
    # a withdrawal it is "too early" to talk about, and a summit that seems unlikely, are no events
    ("A French official said it was 'too early' to talk about a withdrawal of troops from Estonia.", set()),
    ("A summit of the two leaders now seems unlikely, diplomats say.", set()),
    # a state's withdrawal from another state is of its forces; the terms of a deal asked for are none
    ("Sweden completed its withdrawal from Mali on Tuesday.", {("withdrawal", "SWE")}),
    ("Hungary announced its withdrawal from the International Criminal Court.", set()),
    # forces leaving home for a mission deploy there; leaving a host for another state withdraws
    ("Kenya said 400 of its soldiers had left Nairobi for Somalia on Tuesday.", {("deployment", "KEN")}),
    ("The last French soldiers left Niamey for Chad on Friday.", {("withdrawal", "FRA")}),
    # a deadline to leave set for another's forces demands; one set for diplomats expels them
    ("Mali gave French troops three months to leave the country.", {("demand", "MLI")}),
    ("Niger's junta gave the French ambassador 48 hours to leave.", set()),
    # a test of nuclear weapons is a weapons test like a missile's
    ("Washington will resume testing nuclear weapons, the president said.", {("weapons_test", "USA")}),
    ("India said it had no plans to test a nuclear device.", {("denial", "IND"), ("weapons_test", "IND")}),
    # "any further deployment of …" is a condition: the window before the noun holds "any further"
    ("Pyongyang would answer any further deployment of US strategic bombers with force, an army spokesman said.",
     {("warning", "PRK")}),
    # a conditional threat to shut a route or to sink the other side's ships is a warning; an analyst's is not
    ("Ankara would close every crossing on the Syrian border if the shelling went on, the interior minister said.",
     {("warning", "TUR")}),
    ("If the raids continue, our navy will sink their tankers, the Houthi spokesman said.", {("warning", "YEM")}),
    ("Analysts say Tehran could close the Strait of Hormuz if its ports are struck.", set()),
    # a destination trigger ("to their permanent bases") has no owner of its own; the border left is no force's state
    ("Armenia's defence ministry said it was returning several battalions from the Azerbaijani border to their "
     "permanent bases.", {("withdrawal", "ARM")}),
    # "the left bank" is a side of a river, not a departure
    ("Ukrainian drones struck Russian positions on the left bank of the Dnipro overnight, the General Staff said.",
     set()),
    # thousands of people called up are mobilised without a military noun; call-up papers sent move no forces
    ("Kazakhstan said 20,000 people had been called up since the border clashes began.", {("mobilization", "KAZ")}),
    ("Latvia's army sent call-up notices to 1,200 young men this week.", {("mobilization", "LVA")}),
    ("Moscow will begin sending draft notices through a state website, the defence ministry said.",
     {("mobilization", "RUS")}),
    # talks still to come, named with their parties after the noun or joined before it: one call per party
    ("Talks between the Ethiopian and Eritrean delegations are expected in Nairobi next week.",
     {("call_for_talks", "ETH"), ("call_for_talks", "ERI")}),
    ("A meeting of Thai and Cambodian defence officials is due to take place in Kuala Lumpur on Friday.",
     {("call_for_talks", "THA"), ("call_for_talks", "KHM")}),
    ("Officials in Doha said a new round of Israel-Hamas negotiations would be held in Cairo on Sunday.",
     {("call_for_talks", "ISR"), ("call_for_talks", "PSE")}),
    ("A meeting of the club's members is scheduled for Friday.", set()),
    # a first person's partner ("my Georgian counterpart") and a pair after "both" are met; a call had with a leader
    # is held, and so are talks one has landed for
    ("\"I met my Georgian counterpart in Tbilisi this morning,\" the Armenian foreign minister said.",
     {("meeting", "ARM"), ("meeting", "GEO")}),
    ("Ramaphosa told reporters he had spoken by phone with both Kagame and Tshisekedi.",
     {("meeting", "ZAF"), ("meeting", "RWA"), ("meeting", "COD")}),
    ("\"I had a long and very productive call with Prime Minister Modi today,\" the Australian prime minister wrote.",
     {("meeting", "AUS"), ("meeting", "IND")}),
    ("\"We have just landed in Baku for talks,\" the Turkish foreign minister wrote on X.", {("meeting", "TUR")}),
    ("The carmaker said it had a productive call with its suppliers on Monday.", set()),
    # a state's own withdrawal from a place named right after "from" is of its forces (denied when negated); not from a
    # format or a deal named after the place
    ("Israel is not withdrawing from Gaza, the Israeli prime minister's office said.",
     {("denial", "ISR"), ("withdrawal", "ISR")}),
    ("Italy is withdrawing from Niger, the defence ministry in Rome said.", {("withdrawal", "ITA")}),
    ("Canada withdrew from the Iran nuclear talks format on Monday.", set()),
    # forces said not to be there: the speaker's denial; the outlet's own statement of fact is nothing
    ("\"There are no Belarusian soldiers in Ukraine and there never have been,\" Lukashenko said.",
     {("denial", "BLR")}),
    ("Serbia's president says there are no Serbian army units inside Kosovo.", {("denial", "SRB")}),
    ("There are no US troops in Syria any more.", set()),
    # history: an anniversary opening ("ago this month"), a dated war named in two words, a named crisis told from its
    # end; a work of fiction telling its story; a crowd's demand (not of a state, nor of the city it marched through)
    ("Three decades ago this month, the last Russian troops left Estonia.", set()),
    ("The 1962 Sino-Indian border war began with Chinese troops crossing the McMahon Line.", set()),
    ("The Suez crisis ended when Britain and France agreed to pull their troops out of Egypt.", set()),
    ("Set in 2031, the thriller depicts Chinese troops massing on the coast opposite Taiwan.", set()),
    ("Tens of thousands marched through Tbilisi on Sunday demanding that the government resign.", set()),
    ("Thousands of Chinese troops massed near the Indian border, New Delhi said.", {("buildup", "CHN")}),
    # a deal only imagined ("any ceasefire", the odds on one) or set as a condition ("until a … treaty was signed")
    ("Bookmakers have cut the odds on a ceasefire between Russia and Ukraine being agreed before the end of the year.",
     set()),
    ("Seoul said its troops would stay on the island until a new border treaty was signed.", set()),
    ("Britain said it would deploy troops to help enforce any ceasefire between Israel and Hezbollah.",
     {("deployment", "GBR")}),
    ("Israel and Hezbollah agreed a ceasefire on Tuesday, the US said.", {("agreement", "ISR"), ("agreement", "LBN")}),
    # an order opening a quote is the speaker's demand; a promised answer to the other side is a warning
    ("\"Hand over the captured fishermen today,\" the Indonesian foreign minister told Beijing.", {("demand", "IDN")}),
    ("\"Leave me alone,\" the striker told reporters.", set()),
    ("Pyongyang vowed to answer any new sanctions with \"merciless\" countermeasures, KCNA said.",
     {("warning", "PRK")}),
    ("The airline promised to respond to every complaint within a week.", set()),
    # willing to speak to the other side's leader: a call for talks
    ("The Lithuanian president said he would be willing to speak to Lukashenko when the time was right.",
     {("call_for_talks", "LTU")}),
    # a yes/no question asks, it tells no act
    ("Q: Is the army sending more troops to the northern border? A: We do not discuss deployments.", set()),
    ("Would Tokyo really risk a rupture over a single visit? the columnist asked.", set()),
    ("Is India moving troops to the Ladakh front? Officials would not say.", set()),
    # a named alliance of the past is no pact agreed; a sports body's denial is no state's
    ("\"We will never forget 1968, when Warsaw Pact forces crushed our reforms,\" the Czech prime minister said.",
     set()),
    ("Kazakhstan's Olympic Committee denied that its athletes had been told to boycott the Games.", set()),
    # forces training with another state's forces hold a drill together; a team's training with a squad is sport
    ("Polish paratroopers trained with Lithuanian special forces near Rukla this week.",
     {("exercise", "POL"), ("exercise", "LTU")}),
    ("\"Our marines will train side by side with the Philippine navy off Palawan,\" the Japanese defence minister "
     "said.",
     {("exercise", "JPN"), ("exercise", "PHL")}),
    ("The national team trained with the under-21 squad on Tuesday.", set()),
    # a call made "instead", and one said after "but says", are the speaker's own, not the object of its refusal
    ("Manila rejected the Chinese plan and called instead for talks under ASEAN auspices.",
     {("rejection", "PHL"), ("call_for_talks", "PHL")}),
    ("Caracas rejects direct talks with Georgetown but says it is open to negotiations through Brazil.",
     {("rejection", "VEN"), ("call_for_talks", "VEN")}),
    # forces ordered to be ready check their readiness; a named warship ordered to a sea deploys
    ("Kim Jong Un ordered the navy to be fully ready for combat, KCNA said.", {("readiness_check", "PRK")}),
    ("Erdogan ordered the armed forces to be ready to respond.", {("readiness_check", "TUR")}),
    ("The coach ordered his players to be ready for the final.", set()),
    ("The destroyer USS Mason was ordered to the eastern Mediterranean, the Pentagon said.", {("deployment", "USA")}),
    # talks told in a clause opening the sentence were held by the main clause's subject and the partner named
    ("After talks with Sikorski in Warsaw, Baerbock warned Moscow against any further provocations.",
     {("meeting", "DEU"), ("meeting", "POL"), ("warning", "DEU")}),
    ("Speaking after talks with Kenya's president in Nairobi, the Ethiopian prime minister called for calm on the "
     "border.", {("meeting", "ETH"), ("meeting", "KEN"), ("call_for_talks", "ETH")}),
    ("After the meeting, the minister left for the airport.", set()),
    # a summit hoped for and good offices offered are calls for talks, not meetings held or deals made
    ("Kishida said he hoped to hold a summit with Yoon Suk Yeol before the end of the year.",
     {("call_for_talks", "JPN")}),
    ("The Swiss foreign minister said Bern stood ready to offer its good offices to Armenia and Azerbaijan.",
     {("call_for_talks", "CHE")}),
    ("The club hoped to hold talks with the striker's agent.", set()),
    # a charge rejected, named by its accuser's adjective or after a quote, is denied (it is made against the speaker)
    ("Manila rejected Chinese accusations of provocation near the shoal, the foreign ministry said.",
     {("denial", "PHL")}),
    ("Minsk 'flatly rejects' the Lithuanian government's accusations, the ministry said.", {("denial", "BLR")}),
    # forces to be moved against another's step, and a state's own ground defended, are warnings
    ("Baku would move more forces to the frontier if Yerevan kept arming the region, an Azerbaijani presidential aide "
     "said.", {("warning", "AZE"), ("buildup", "AZE")}),
    ("Tehran will defend its sovereignty by every means, the foreign ministry said.", {("warning", "IRN")}),
    ("Warsaw would send troops to help Vilnius if Lithuania asked for them, the Polish defence minister said.",
     {("deployment", "POL")}),
    ("The striker will defend his scoring title next season.", set()),
    # war disowned
    ("Seoul's defence minister said South Korea was not seeking a confrontation with the North.", {("denial", "KOR")}),
    # meetings called off
    ("Beijing called off a scheduled meeting between Wang Yi and Japan's foreign minister on the sidelines of the G20 "
     "summit in Bali.", set()),
    ("The meeting between Erdogan and Assad that had been arranged for Moscow is off, Turkish officials said.", set()),
    # an envoy summoned over or after another's act: a formal protest, a charge
    ("Vilnius summoned the Belarusian charge d'affaires over the balloons that closed its airport on Friday.",
     {("accusation", "LTU")}),
    ("Seoul summons Chinese envoy after coast guard ships shadow survey vessel", {("accusation", "KOR")}),
    # entry refused at a border is no rejection of a proposal
    ("Greece refused entry to three Turkish lawmakers at the Kipoi crossing, the interior ministry said.", set()),
    # a response promised to any attack is a warning
    ("Iran's army chief said his forces would deliver a 'devastating' response to any Israeli attack.",
     {("warning", "IRN")}),
    # talks said to be still to take place are a call for talks, not a meeting held
    ("Tehran's foreign ministry confirmed that indirect talks with Washington would take place in Oman on Sunday.",
     {("call_for_talks", "IRN")}),
    # a foreign ministry's spokesman named alone speaks for its state
    ("Kanaani said the new sanctions were illegal and a blatant violation of international law.",
     {("accusation", "IRN")}),
    # aircraft named by type or unit landed at a base are deployed; a passenger jet is not
    ("Four Spanish Eurofighters landed at Amari air base in Estonia on Monday.", {("deployment", "ESP")}),
    ("A passenger jet landed in Vienna after a bomb threat.", set()),
    # "missile-firing drills" name the kind of drill, no test of their own
    ("Pakistan's navy conducted missile-firing drills in the Arabian Sea.", {("exercise", "PAK")}),
    # tests to be resumed against another's step are a threat
    ("Washington would resume nuclear testing if Moscow did so, a senior US official said.", {("warning", "USA")}),
    # readiness raised in other words
    ("Japan placed its missile-defence units on higher readiness after the launch.", {("readiness_check", "JPN")}),
    # a drill that names neither a party nor a place is none: a comparison, a display team, a training habit
    ("Earlier this spring the navy held a comparable exercise in the same waters.", set()),
    ("Marines rehearsed a beach landing ahead of Saturday's open day.", set()),
    # a count of one's own forces called absurd: the other side's figure charged as inflated
    ("Baku said Armenia had moved 8,000 soldiers to the border, a figure Yerevan called absurd.",
     {("buildup", "ARM"), ("accusation", "ARM")}),
    # forces redirected to a region deploy
    ("A second destroyer squadron has been redirected to the Red Sea, a British defence official said.",
     {("deployment", "GBR")}),
    # calls, links and hotlines named without their article are meetings held
    ("Scholz, Tusk hold call on border security", {("meeting", "DEU"), ("meeting", "POL")}),
    ("Modi and Sharif spoke by video link on Saturday, their first conversation in a year.",
     {("meeting", "IND"), ("meeting", "PAK")}),
    ("Thai and Cambodian army chiefs speak on hotline after border clash", {("meeting", "THA"), ("meeting", "KHM")}),
    # "stern representations" lodged are a protest
    ("Beijing lodged stern representations with Tokyo over the defence minister's visit to the Yasukuni shrine.",
     {("accusation", "CHN")}),
    # steps to de-escalate agreed are an agreement, not a call
    ("Thailand and Cambodia agreed on Sunday on practical steps to de-escalate the border standoff.",
     {("agreement", "THA"), ("agreement", "KHM")}),
    # warships that arrive for a port or goodwill visit are forces moved; a port visit is no diplomatic visit
    ("Three Indian warships docked in Manila for a port visit on Tuesday.", {("deployment", "IND")}),
    ("A Japanese destroyer arrived in Colombo for a goodwill visit, the navy said.", {("deployment", "JPN")}),
    ("Armenia would not go to war over the enclave, the prime minister told parliament.", {("denial", "ARM")}),
    ("The striker said he would not go to war with the referee over one decision.", set()),
    # a drill told as over, or as the name of the forces that return, is background to the return (rule 8)
    ("Belarus said its brigades had finished their drills near Brest and were heading back to their barracks.",
     {("withdrawal", "BLR")}),
    ("Minsk said the 9,000 troops taking part in the exercise would return to their garrisons on Sunday.",
     {("withdrawal", "BLR")}),
    # "never sit idly by", with a quote between the modal and the idiom
    ("Tehran said its forces would 'never sit idly by' if Israel struck its nuclear sites.", {("warning", "IRN")}),
    # forces to be kept away are a demand's content, no withdrawal
    ("Ankara told Athens to keep its warships away from the disputed islets.", {("demand", "TUR")}),
    # a move made under a deal reached with a named party: the deal is both parties' agreement
    ("Kenyan troops will leave the Somali border town by June under an agreement reached with Mogadishu, the defence "
     "ministry said.", {("withdrawal", "KEN"), ("agreement", "KEN"), ("agreement", "SOM")}),
    # ships sent on a rescue if war breaks out: no threat
    ("Seoul would send a destroyer to evacuate its nationals if fighting broke out in the strait, the ministry said.",
     set()),
    # projectiles that land on the other side's ground are fire, not a test; one that lands at sea is a test's flight
    ("Rockets fired from Gaza landed in open ground near Sderot, the army said.", set()),
    ("North Korea fired a ballistic missile that landed in the Sea of Japan, Tokyo said.", {("weapons_test", "PRK")}),
]


def _full(text: str) -> set[tuple[str, str | None, str, str | None]]:
    return {(e.subtype, e.actor, e.assertion, e.claimant) for e in extract_text(text)}


FIELDS = [
    # a joint statement's call is every issuing party's own; a speaker's call about two others stays the speaker's
    ("Norway and Iceland issued a joint statement urging Russia and Ukraine to return to negotiations.",
     {("call_for_talks", "NOR", "reported", "NOR"), ("call_for_talks", "ISL", "reported", "ISL")}),
    ("The Pentagon said Japan and South Korea must keep lines of communication open.",
     {("call_for_talks", "USA", "reported", "USA")}),
    # an act named as its actor's claim and judged false in the same sentence: disputed, and the judge accuses (rule 4)
    ("Tbilisi dismisses Moscow's announced pull-back from the boundary line as a ruse",
     {("accusation", "GEO", "reported", "GEO"), ("withdrawal", "RUS", "disputed", "RUS")}),
    ("Seoul said Pyongyang's claimed pullback from the frontier was a deception.",
     {("accusation", "KOR", "reported", "KOR"), ("withdrawal", "PRK", "disputed", "PRK")}),
    # a meeting a denial denies is its own event, denied by the denier for every party (rule 10)
    ("Hanoi denied that its deputy foreign minister had held secret talks with Chinese officials in Nanning.",
     {("denial", "VNM", "reported", "VNM"), ("meeting", "VNM", "denied", "VNM"), ("meeting", "CHN", "denied", "VNM")}),
    ("Ankara denied that its intelligence chief had travelled to Damascus for secret talks.",
     {("denial", "TUR", "reported", "TUR"), ("meeting", "TUR", "denied", "TUR")}),
    # the deal or the threat a denial denies is its own event, with assertion denied (rule 10)
    ("Tashkent denied on Monday that it had agreed to host Russian troops.",
     {("denial", "UZB", "reported", "UZB"), ("agreement", "UZB", "denied", "UZB")}),
    # a participle after a trailing "X said," is X's: "…, the Dutch defence ministry said, calling the intercept …"
    ("Chinese jets shadowed a Dutch frigate over the East China Sea, the Dutch defence ministry said on Monday, "
     "calling the intercept dangerous.", {("accusation", "NLD", "reported", "NLD")}),
    # ", saying …": the speaker is the subject of the clause the participle hangs on, not who follows it
    ("Tokyo lodged a protest with Beijing on Tuesday, saying Chinese coast guard ships had entered its waters.",
     {("accusation", "JPN", "reported", "JPN"), ("deployment", "CHN", "reported", "JPN")}),
    ("The Indian army issued a statement on Friday, saying its troops had pulled back from the ridge.",
     {("withdrawal", "IND", "claimed", "IND")}),
    # calling a step a threat charges somebody: an accusation, not a warning of one's own
    ("Tirana said Belgrade had moved tanks toward the border, a step Pristina called a grave threat.",
     {("buildup", "SRB", "reported", "ALB"), ("accusation", "XKX", "reported", "XKX")}),
    # "said in a joint statement" is how the parties spoke, not a deal
    ("Indian troops left the post, India and China said in a joint statement.",
     {("withdrawal", "IND", "claimed", "IND")}),
    # a claim called false in a headline: the withdrawal is disputed, it does not calm
    ("Seoul calls Pyongyang's pullback claim false as North Korea adds troops at border",
     {("withdrawal", "PRK", "disputed", "PRK"), ("buildup", "PRK", "reported", "KOR")}),
    # a broken promise or truce named by a speaker charges the other side: the speaker accuses, the breaker is accused
    ("Yerevan said on Sunday that Azerbaijani units had broken the truce twice overnight.",
     {("accusation", "ARM", "reported", "ARM")}),
    ("Manila said Chinese vessels had violated the understanding in a provocative act near the shoal.",
     {("accusation", "PHL", "reported", "PHL")}),
    # a leader touring places at home meets no counterpart
    ("The president said he would visit the flooded districts and the field hospitals on Saturday.", set()),
    # a rising count of the dead is no build-up; a word inside an organisation's name is no trigger
    ("Officials in Donetsk said the number of military dead had risen to 212 since Friday.", set()),
    ("Yerevan said it had informed the Collective Security Treaty Organization about the shelling.", set()),
    # fans who visit meet nobody
    ("Police said visiting supporters would be escorted from the station to the stadium.", set()),
    # "In Seoul, officials said …": the opening names the officials' country, and is no location of the act
    ("In Tokyo, officials said North Korea had fired a ballistic missile into the sea.",
     {("weapons_test", "PRK", "reported", "JPN")}),
    ("In Berlin, the chancellor warned that Moscow would pay a heavy price for any attack.",
     {("warning", "DEU", "reported", "DEU")}),
    # reported speech shifts "will" back to "would": an announced step is planned; a joint speaker speaks per party
    # "had arrived by mid-February" is done, not planned
    ("Some 2,000 Turkish troops had arrived in northern Cyprus by mid-March, Nicosia said.",
     {("deployment", "TUR", "reported", "CYP")}),
    ("Norway and Denmark said they would send frigates to the Baltic next month.",
     {("deployment", "NOR", "planned", "NOR"), ("deployment", "DNK", "planned", "DNK")}),
    # "X said it had observed no such pullback", "a claim Y disputed": the claim is disputed, the doubter accuses
    ("Belgrade said it had withdrawn two battalions from the boundary with Kosovo, but Albania said it had observed "
     "no such pullback.", {("withdrawal", "SRB", "disputed", "SRB"), ("accusation", "ALB", "reported", "ALB")}),
    # (the exercise "completed" is told as over, background to the return: rule 8, as the dev labels read it)
    ("Minsk said its troops had completed their exercise and returned to barracks, a claim Lithuanian officials "
     "disputed.", {("withdrawal", "BLR", "disputed", "BLR"), ("accusation", "LTU", "reported", "LTU")}),
    # ships or aircraft spotted or tracked by another navy: the watched side deployed them
    ("The Japanese coast guard said 14 Chinese warships had been spotted near the Senkaku Islands on Thursday.",
     {("deployment", "CHN", "reported", "JPN")}),
    ("The Philippine navy said it tracked nine Chinese vessels near Second Thomas Shoal.",
     {("deployment", "CHN", "reported", "PHL")}),
    # toward a front, or closer to a border past a number's thousands separator: a build-up
    ("Kyiv said Russian forces had moved three more battalions towards the Zaporizhzhia front.",
     {("buildup", "RUS", "reported", "UKR")}),
    ("Hungary will move about 1,500 soldiers closer to its border with Serbia, the defence minister said.",
     {("buildup", "HUN", "planned", "HUN")}),
    # a border named after "amid" is the story's background, not where the troops go
    ("Canada to send 400 troops to Latvia amid NATO border tension", {("deployment", "CAN", "planned", None)}),
    # the speaker's army is not the one that moved
    ("Romanian Army sources said Russia had moved several thousand troops to Transnistria.",
     {("deployment", "RUS", "reported", "ROU")}),
    # a ship sent back to a theatre is deployed again; soldiers transported; a noun's passive agent acts jointly
    ("The Dutch navy said it was sending HNLMS Tromp back to the Red Sea to rejoin the EU mission.",
     {("deployment", "NLD", "claimed", "NLD")}),
    ("Several thousand North Korean soldiers have been transported to Vladivostok aboard Russian ships, Seoul's spy "
     "agency said.", {("deployment", "PRK", "reported", "KOR")}),
    ("Pullback at the two ridges was completed by Armenian and Azerbaijani units on Sunday, the OSCE said.",
     {("withdrawal", "ARM", "reported", "OSCE"), ("withdrawal", "AZE", "reported", "OSCE")}),
    # the talks an agreement came out of were held too
    ("Moscow and Kyiv agreed to a prisoner exchange after talks in Istanbul.",
     {("agreement", "RUS", "reported", "RUS"), ("agreement", "UKR", "reported", "UKR"),
      ("meeting", "RUS", "reported", "RUS"), ("meeting", "UKR", "reported", "UKR")}),
    # calling another's figures exaggerated disputes them
    ("Tokyo's defence ministry said the missile fell outside its waters and called Pyongyang's figures "
     "\"grossly exaggerated\".", {("accusation", "JPN", "reported", "JPN")}),
    # a lower conscription age is a call-up measure, not a back-reference; bases near a border are no return home
    ("Ukraine's parliament approved a bill lowering the conscription age to 23.",
     {("mobilization", "UKR", "reported", None)}),
    ("Minsk said it had moved troops to bases near the Polish border.", {("buildup", "BLR", "claimed", "BLR")}),
    # ", a demand X rejected" and "would not bow to": the other side's rejection
    ("Seoul demanded that Pyongyang dismantle the new guard posts, a demand the North swiftly rejected.",
     {("demand", "KOR", "reported", "KOR"), ("rejection", "PRK", "reported", "PRK")}),
    ("Beijing demanded that Manila halt its patrols near the shoal, but the Philippine president said his country "
     "would not bow to pressure.", {("demand", "CHN", "reported", "CHN"), ("rejection", "PHL", "reported", "PHL")}),
    # ships "still operating" after a claimed departure; "not a real withdrawal" said by whoever called it so
    ("Moscow said its naval group had left the Mediterranean, but Italy said the ships were still operating south "
     "of Sicily.", {("withdrawal", "RUS", "disputed", "RUS"), ("accusation", "ITA", "reported", "ITA")}),
    ("Russia said its forces had pulled back from the river, but a US official called it a regrouping, not a real "
     "withdrawal.", {("withdrawal", "RUS", "disputed", "RUS"), ("accusation", "USA", "reported", "USA")}),
    # missile batteries and peacekeeping missions are forces; cutting troop numbers is a withdrawal
    ("The Pentagon said it would send a Patriot missile battery to Poland.", {("deployment", "USA", "planned", "USA")}),
    ("The UN peacekeeping mission in South Sudan completed its withdrawal from Malakal on Friday, a UN spokeswoman "
     "said.", {("withdrawal", "UN", "claimed", "UN")}),
    ("Armenia said it had cut the number of troops along the frontier by a third.",
     {("withdrawal", "ARM", "claimed", "ARM")}),
    # hosting counterparts is a meeting, with each of them (rule 7); NATO's council speaks for NATO; a show of support
    # commits nobody
    ("Jakarta hosted its counterparts from Malaysia and Singapore for talks on maritime security.",
     {("meeting", "IDN", "reported", "IDN"), ("meeting", "MYS", "reported", "MYS"),
      ("meeting", "SGP", "reported", "SGP")}),
    ("The North Atlantic Council warned Minsk against any provocation on the alliance's borders.",
     {("warning", "NATO", "reported", "NATO")}),
    ("UK to send HMS Prince of Wales to the Pacific in a show of support for allies",
     {("deployment", "GBR", "planned", None)}),
    # a named head before a relative clause or a descriptive appositive is the subject
    ("Turkey, which backs Azerbaijan, warned Yerevan against further provocations.",
     {("warning", "TUR", "reported", "TUR")}),
    ("The Kremlin, whose troops remain in Belarus, denied any plan to invade Lithuania.",
     {("denial", "RUS", "reported", "RUS")}),
    ("Turkey, a NATO member, warned Damascus against any offensive.", {("warning", "TUR", "reported", "TUR")}),
    # "X's <title>, <Name>, said": the title's country speaks
    ("Japan's defence minister, Gen Nakatani, said North Korea had fired two ballistic missiles.",
     {("weapons_test", "PRK", "reported", "JPN")}),
    # a verb coordinated after a quotation shares the subject before it
    ("Moscow called the deployment \"a provocation\" and warned that it would respond.",
     {("accusation", "RUS", "reported", "RUS"), ("warning", "RUS", "reported", "RUS")}),
    # "They" with nobody speaking yet, and "the two countries'": the two parties the article named
    ("Armenia and Azerbaijan clashed again. They later held talks in Abu Dhabi.",
     {("meeting", "ARM", "reported", "ARM"), ("meeting", "AZE", "reported", "AZE")}),
    ("Russian officials rejected the proposal. They accused NATO of provocations.",
     {("rejection", "RUS", "reported", "RUS"), ("accusation", "RUS", "reported", "RUS")}),
    ("Armenia and Azerbaijan clashed again. The two countries' foreign ministers spoke by phone on Monday.",
     {("meeting", "ARM", "reported", "ARM"), ("meeting", "AZE", "reported", "AZE")}),
    # contested pull-backs: halved numbers, "seen no significant drawdown", "dismissed the move as", troops that
    # "still occupied", "the claims were exaggerated", "no sign of … pull-back despite … assurances" (rule 4)
    ("Belgrade said it had halved the number of troops near the boundary, but Pristina said it had seen no "
     "significant drawdown.", {("withdrawal", "SRB", "disputed", "SRB"), ("accusation", "XKX", "reported", "XKX")}),
    ("Minsk said it had pulled its units back from the border, but Vilnius dismissed the move as a rotation rather "
     "than a retreat.", {("withdrawal", "BLR", "disputed", "BLR"), ("accusation", "LTU", "reported", "LTU")}),
    ("Rwanda said its soldiers had left eastern Congo, but Congolese officials said Rwandan troops still occupied "
     "two border towns.", {("withdrawal", "RWA", "disputed", "RWA"), ("accusation", "COD", "reported", "COD")}),
    ("Kigali said its forces had returned to their original positions.", {("withdrawal", "RWA", "claimed", "RWA")}),
    ("Iran said it had test-fired a new cruise missile, but Israeli officials said the claims were exaggerated.",
     {("weapons_test", "IRN", "disputed", "IRN"), ("accusation", "ISR", "reported", "ISR")}),
    ("Washington sees no sign of Russian pull-back from Kharkiv despite Kremlin assurances",
     {("withdrawal", "RUS", "disputed", "RUS"), ("accusation", "USA", "reported", "USA")}),
    # new formations, contributed jets, the armed forces on alert, traded accusations, a launch into the Pacific
    ("Moscow will form two new divisions in the Leningrad military district, the defence minister said.",
     {("buildup", "RUS", "planned", "RUS")}),
    ("Denmark will contribute two F-35 jets to NATO's air policing mission in Poland.",
     {("deployment", "DNK", "planned", None)}),
    ("Poland's Defence Minister Wladyslaw Kosiniak-Kamysz said the armed forces had been placed on high alert.",
     {("readiness_check", "POL", "claimed", "POL")}),
    ("Serbia and Kosovo traded accusations over the incident.",
     {("accusation", "SRB", "reported", "SRB"), ("accusation", "XKX", "reported", "XKX")}),
    ("North Korea fires ICBM into Pacific", {("weapons_test", "PRK", "reported", None)}),
    # a participle phrase ("calling for") speaks for the subject of the clause it hangs on
    ("Poland summoned Russia's envoy, calling for an explanation of the drone incursion.",
     {("demand", "POL", "reported", "POL")}),
    # "Country, Y's ally, …" is the country speaking, not a list; "Person, Y's president, said": Y speaks
    ("Turkey, Azerbaijan's closest ally, warned Armenia against any provocation.",
     {("warning", "TUR", "reported", "TUR")}),
    ("Qatar, Iran's close partner, said it hoped the two sides would resolve their differences through dialogue.",
     {("call_for_talks", "QAT", "reported", "QAT")}),
    ("Lai Ching-te, Taiwan's president, said the island would not bow to pressure.",
     {("rejection", "TWN", "reported", "TWN")}),
    # a call to settle peacefully; "does not seek war"; military alert raised, by both sides
    ("A spokeswoman for the UN secretary-general urged both sides to resolve the dispute peacefully.",
     {("call_for_talks", "UN", "reported", "UN")}),
    ("Pyongyang does not seek war, the foreign ministry said.", {("denial", "PRK", "reported", "PRK")}),
    ("Greece and Turkey raised their military alert on Monday.",
     {("readiness_check", "GRC", "reported", None), ("readiness_check", "TUR", "reported", None)}),
    ("Serbia and Kosovo traded accusations after the clash, as both sides put their forces on high alert.",
     {("accusation", "SRB", "reported", "SRB"), ("accusation", "XKX", "reported", "XKX"),
      ("readiness_check", "SRB", "reported", None), ("readiness_check", "XKX", "reported", None)}),
    # rejecting the other side's account disputes it (an accusation), unlike rejecting a proposal
    ("Nicosia rejected Ankara's account of the incident.", {("accusation", "CYP", "reported", "CYP")}),
    ("Moscow rejected Kyiv's proposal for a ceasefire.", {("rejection", "RUS", "reported", "RUS")}),
    # "The two …" after the article named two parties: both act, even when a speaker follows
    ("Washington and Seoul spoke on Monday. The two condemned the launch.",
     {("accusation", "USA", "reported", "USA"), ("accusation", "KOR", "reported", "KOR")}),
    ("Greece and Turkey clashed again. The two navies' chiefs of staff spoke over their hotline, Greek officials said.",
     {("meeting", "GRC", "reported", "GRC"), ("meeting", "TUR", "reported", "TUR")}),
    # "X's <leader> and Y's <leader> met": both parties; a pledge that neither side would use force is a deal
    ("Armenia's Nikol Pashinyan and Azerbaijan's Ilham Aliyev met in Abu Dhabi on Thursday.",
     {("meeting", "ARM", "reported", "ARM"), ("meeting", "AZE", "reported", "AZE")}),
    ("Serbia and Kosovo agreed that neither side would use force against the other.",
     {("agreement", "SRB", "reported", "SRB"), ("agreement", "XKX", "reported", "XKX")}),
    # forces offered "once a ceasefire was agreed": the offered deployment, not a deal
    ("Britain and Norway said they were ready to deploy warships to the Baltic once a ceasefire was agreed.",
     {("deployment", "GBR", "hypothetical", "GBR"), ("deployment", "NOR", "hypothetical", "NOR")}),
    # ", a charge X rejected": the accused denies; a named drill does not hide the joint subject; African capitals
    ("Mali accused Algeria of shooting down a drone, a charge Algiers rejected.",
     {("accusation", "MLI", "reported", "MLI"), ("denial", "DZA", "reported", "DZA")}),
    ("Russia and Belarus began the Zapad-2021 strategic exercises on Friday.",
     {("exercise", "RUS", "reported", None), ("exercise", "BLR", "reported", None)}),
    ("Togo said Lomé would not take part in the regional force.", {("rejection", "TGO", "reported", "TGO")}),
    # more contested pull-backs: "seen no reduction", soldiers who "stayed behind", vessels that "remained nearby"
    ("Minsk said it had pulled back troops from the border, but Vilnius said it had seen no reduction in Belarusian "
     "forces.", {("withdrawal", "BLR", "disputed", "BLR"), ("accusation", "LTU", "reported", "LTU")}),
    ("Baku said its forces had left the village, but Yerevan said some soldiers had stayed behind.",
     {("withdrawal", "AZE", "disputed", "AZE"), ("accusation", "ARM", "reported", "ARM")}),
    ("Beijing said its ships had left the shoal, but Manila said four Chinese vessels remained nearby.",
     {("withdrawal", "CHN", "disputed", "CHN"), ("accusation", "PHL", "reported", "PHL")}),
    # what a deal may lead to is no act; ships putting to sea in a snap inspection are part of the check
    ("Seoul said it had reached a deal with Pyongyang, paving the way for the withdrawal of guard posts.",
     {("agreement", "KOR", "reported", "KOR"), ("agreement", "PRK", "reported", "KOR")}),
    ("Russia's Northern Fleet was put on combat alert in a snap inspection, with warships putting to sea from "
     "Severomorsk, the fleet said.", {("readiness_check", "RUS", "claimed", "RUS")}),
    # the OSCE's Minsk Group is no place in Belarus
    ("The Minsk Group co-chairs urged Baku and Yerevan to resume negotiations.",
     {("call_for_talks", "OSCE", "reported", "OSCE")}),
    # "announced it would …" reports a plan (the verb does not perform it); border guards are forces
    ("Pyongyang announced it would stage artillery drills near the sea border this week.",
     {("exercise", "PRK", "planned", "PRK")}),
    ("Polish border guards pulled out of the crossing at Kuznica, Warsaw said.",
     {("withdrawal", "POL", "claimed", "POL")}),
    # frontline units on alert; a readiness drill is a readiness check; units back in their barracks withdraw
    ("Baku puts frontline units on full alert after overnight clashes", {("readiness_check", "AZE", "reported", None)}),
    ("Lithuania called up 1,200 reservists for a snap readiness drill, the army said.",
     {("mobilization", "LTU", "claimed", "LTU"), ("readiness_check", "LTU", "claimed", "LTU")}),
    ("Minsk said all Russian units would be back in their barracks by the end of the month.",
     {("withdrawal", "RUS", "planned", "BLR")}),
    # an envoy summoned to protest is an accusation; talks refused are a rejection, not a denial
    ("Hanoi summoned Beijing's envoy to protest the seizure of a fishing boat.",
     {("accusation", "VNM", "reported", "VNM")}),
    ("Delhi said it would not hold any formal talks with Islamabad until the attacks stopped.",
     {("rejection", "IND", "reported", "IND")}),
    ("Tehran said it had no intention of returning to the negotiating table.",
     {("rejection", "IRN", "reported", "IRN")}),
    # a headline's second verb after a comma, even when a quote closes the line; "suspects X of"; a protest lodged
    ("Ankara denies shelling Kurdish villages, accuses Damascus of 'lying'",
     {("denial", "TUR", "reported", "TUR"), ("accusation", "TUR", "reported", "TUR")}),
    ("Oslo says it suspects Moscow of jamming GPS signals in the Arctic", {("accusation", "NOR", "reported", "NOR")}),
    ("Manila lodges formal protest with Beijing over water cannon use", {("accusation", "PHL", "reported", "PHL")}),
    # more forces sent to an ally or a mission are a deployment; moved into a place or toward a border, a buildup
    ("Canada will send 400 more soldiers to Latvia this summer, Ottawa said.",
     {("deployment", "CAN", "planned", "CAN")}),
    ("Kenya has dispatched a further 600 soldiers to Haiti, officials in Nairobi said.",
     {("deployment", "KEN", "claimed", "KEN")}),
    ("Beijing moved additional troops into the Doklam area, Indian officials said.",
     {("buildup", "CHN", "reported", "IND")}),
    ("Azerbaijani columns were filmed heading towards the Lachin corridor, Armenian officials said.",
     {("buildup", "AZE", "reported", "ARM")}),
    ("Ethiopia moved tanks, artillery and several infantry units to positions near the border, Asmara said.",
     {("buildup", "ETH", "reported", "ERI")}),
    ("The State Department said it was watching a Russian troop deployment along the border with Georgia.",
     {("buildup", "RUS", "reported", "USA")}),
    # talks told as the setting of what the parties agreed took place: a meeting of each party
    ("After talks in Ankara, Armenia and Turkey agreed to open their shared border to third-country nationals.",
     {("meeting", "ARM", "reported", "ARM"), ("meeting", "TUR", "reported", "TUR"),
      ("agreement", "ARM", "reported", "ARM"), ("agreement", "TUR", "reported", "TUR")}),
    ("In a video call on Monday, the leaders of Japan and South Korea agreed to exchange military data on North "
     "Korean launches.",
     {("meeting", "JPN", "reported", "JPN"), ("meeting", "KOR", "reported", "KOR"),
      ("agreement", "JPN", "reported", "JPN"), ("agreement", "KOR", "reported", "KOR")}),
    # another's act called by a charge's name accuses, beside the speaker's other statements
    ("Manila called the Chinese blockade a dangerous provocation and recalled its ambassador.",
     {("accusation", "PHL", "reported", "PHL")}),
    ("Baku branded the parliamentary visit a breach of its sovereignty.", {("accusation", "AZE", "reported", "AZE")}),
    # another's figure called false accuses; the party whose act it reports calling it false denies
    ("Ankara said it had deployed 2,000 commandos to northern Iraq, a figure Baghdad dismissed as inflated.",
     {("deployment", "TUR", "disputed", "TUR"), ("accusation", "IRQ", "reported", "IRQ")}),
    ("Manila said 200 Chinese militia vessels had massed at Whitsun Reef, a number Beijing called \"groundless\".",
     {("buildup", "CHN", "reported", "PHL"), ("denial", "CHN", "reported", "CHN")}),
    # forces ordered to a place, a named unit ordered there, the last troops flying out, a troop cut in figures
    ("The Pentagon ordered 2,000 marines from Camp Lejeune to Norway, officials said.",
     {("deployment", "USA", "reported", None)}),
    ("The Nimitz carrier strike group was ordered to the South China Sea, the Pentagon said.",
     {("deployment", "USA", "claimed", "USA")}),
    ("The last French soldiers flew out of Bamako on Monday, Paris said.", {("withdrawal", "FRA", "claimed", "FRA")}),
    ("Washington plans to cut about 4,000 of the 12,000 US troops based in Italy, officials said.",
     {("withdrawal", "USA", "planned", None)}),
    # a government approving a deal; a named exercise told as going on; what is said in a call
    ("Pakistan's cabinet approved a Qatari-brokered truce.", {("agreement", "PAK", "reported", "PAK")}),
    ("Freedom Shield began on Monday, the South Korean military said.", {("exercise", "KOR", "claimed", "KOR")}),
    ("During a video call on Friday, Modi urged Putin to end the war through dialogue.",
     {("meeting", "IND", "reported", "IND"), ("call_for_talks", "IND", "reported", "IND")}),
    # officials by name; a lower-case title between a country and a name; NATO's Article 4; a call to take up arms
    ("Esper blamed Tehran for the rocket attack on the base.", {("accusation", "USA", "reported", "USA")}),
    ("Special envoy Keith Kellogg and Ukrainian Defence Minister Rustem Umerov held talks in Kyiv.",
     {("meeting", "USA", "reported", "USA"), ("meeting", "UKR", "reported", "UKR")}),
    ("Lithuania triggered Article 4 after drones crashed on its territory.",
     {("call_for_talks", "LTU", "reported", "LTU")}),
    ("Sudan's army chief urged all citizens to take up arms against the paramilitaries.",
     {("mobilization", "SDN", "reported", None)}),
    # an order to step up forces is no purpose clause of the order; a descriptive appositive before coordinated verbs
    ("Kishida ordered the navy to step up its patrols around the Senkaku Islands.",
     {("buildup", "JPN", "reported", None)}),
    ("Turkey, a NATO member with ties to Moscow, condemned the strike and urged Kyiv and Moscow to return to talks.",
     {("accusation", "TUR", "reported", "TUR"), ("call_for_talks", "TUR", "reported", "TUR")}),
    # another's act named by a speaker is told already; a meeting asked for is a call for talks
    ("Israel called the deployment of Iranian advisers a provocation.", {("accusation", "ISR", "reported", "ISR")}),
    ("Guyana asked for an emergency session of the Security Council.", {("call_for_talks", "GUY", "reported", "GUY")}),
    ("'We will not sit idly by while our sailors are harassed,' Manila's defence chief said.",
     {("warning", "PHL", "reported", "PHL")}),
    # force not ruled out threatens; joined forces with their numbers each drill
    ("Beijing declined to rule out the use of force against Taiwan, a spokesman said.",
     {("warning", "CHN", "reported", "CHN")}),
    ("Some 4,000 British troops and about 2,000 Estonian soldiers began the Hedgehog drills on Monday.",
     {("exercise", "GBR", "reported", None), ("exercise", "EST", "reported", None)}),
    ("Pristina would never negotiate over the north's status, Kurti said.", {("rejection", "XKX", "reported", "XKX")}),
    # a comparison with the past dates nothing; ships leaving port deploy; talks refused while a condition holds
    # (a state announcing its own step tells its own account: claimed, like the dev set's "announces partial
    # mobilization")
    ("Seoul announced its largest call-up of reservists since the Korean War on Monday.",
     {("mobilization", "KOR", "claimed", "KOR")}),
    ("Two Chinese destroyers left port in Qingdao on Tuesday, the navy said.",
     {("deployment", "CHN", "claimed", "CHN")}),
    ("Tehran said it would not return to talks while sanctions remained.", {("rejection", "IRN", "reported", "IRN")}),
    # a claimed pull-back told as a regrouping by the other side, an announcement called misleading
    ("Armenia said its troops had pulled back from the ridge, but Baku said they were redeploying rather than "
     "withdrawing.", {("withdrawal", "ARM", "disputed", "ARM"), ("accusation", "AZE", "reported", "AZE")}),
    ("Kyiv called Moscow's ceasefire pledge misleading.", {("accusation", "UKR", "reported", "UKR")}),
    # a deadline with a penalty threatens; an act characterised before the verb
    ("Washington gave Caracas 72 hours to free the detained sailors or face new sanctions.",
     {("warning", "USA", "reported", "USA")}),
    ("Japan held air drills near the islands, in a move Beijing described as a provocation.",
     {("exercise", "JPN", "reported", None), ("accusation", "CHN", "reported", "CHN")}),
    # an invasion rehearsed is a charge, not a drill
    ("Havana has long accused Washington of rehearsing an invasion of the island.",
     {("accusation", "CUB", "reported", "CUB")}),
    # a help request is a demand; forces scaled up build up; a statement verb inside an if-clause is the condition
    ("Kyiv asked the European Union on Monday for urgent military assistance.", {("demand", "UKR", "reported", "UKR")}),
    ("Britain will scale up its battlegroup in Estonia to a brigade, the defence secretary said.",
     {("buildup", "GBR", "planned", "GBR")}),
    ("Seoul warned that it would suspend the military pact if Pyongyang threatened its islands again.",
     {("warning", "KOR", "reported", "KOR")}),
    # a test days after another's: the earlier one is the time anchor; a drill amid tensions with another party is
    # not joint
    ("Islamabad test-fired a cruise missile on Friday, days after New Delhi's Agni test.",
     {("weapons_test", "PAK", "reported", None)}),
    ("Greece put its navy on alert amid tensions with Turkey over a survey ship.",
     {("readiness_check", "GRC", "reported", None)}),
    # a verb after ", and" shares the subject that opens the sentence; a price to pay threatens; a charge's name
    ("Prime Minister Narendra Modi visited a forward air base on Friday, and warned Islamabad against any "
     "misadventure.", {("warning", "IND", "reported", "IND")}),
    ("Tokyo said Pyongyang would pay a price for the launch.", {("warning", "JPN", "reported", "JPN")}),
    ("Warsaw called the decision a grave mistake.", {("accusation", "POL", "reported", "POL")}),
    # a contested pull-back in the present tense; talks offered by sitting down; a claim never given up
    ("Moscow says its units have left the island, but Kyiv officials insist Russian marines remain on it.",
     {("withdrawal", "RUS", "disputed", "RUS"), ("accusation", "UKR", "reported", "UKR")}),
    ("Kinshasa said it was ready to sit down with Kigali to end the fighting.",
     {("call_for_talks", "COD", "reported", "COD")}),
    ("Beijing would never give up its claim to the reef, the ministry said.",
     {("rejection", "CHN", "reported", "CHN")}),
    # a pull-back begun by forces named earlier in the clause
    ("Indian officials said troops stationed on both sides of the valley had begun an orderly pullback.",
     {("withdrawal", "IND", "claimed", "IND")}),
    # missiles fired at mock targets are a test; forces moved back into a place, leaving for one, moving out of one
    ("Pakistan's navy fired anti-ship missiles at simulated targets in the Arabian Sea during its drills, the navy "
     "said.", {("weapons_test", "PAK", "claimed", "PAK"), ("exercise", "PAK", "claimed", "PAK")}),
    ("Azerbaijani troops moved back into the village of Sos overnight, Yerevan said.",
     {("deployment", "AZE", "reported", "ARM")}),
    ("About 800 Kenyan soldiers will leave for Haiti next week, Nairobi said.",
     {("deployment", "KEN", "planned", "KEN")}),
    ("French forces will move out of the base in Chad by January, Paris said.",
     {("withdrawal", "FRA", "planned", "FRA")}),
    # a carrier ordered somewhere; a joint statement that carries a call is no deal
    ("The Pentagon ordered the carrier USS Nimitz to the Persian Gulf, officials said.",
     {("deployment", "USA", "reported", None)}),
    ("Canberra issued a joint statement with Tokyo urging Beijing to show restraint.",
     {("call_for_talks", "AUS", "reported", "AUS")}),
    # ships moved to within a distance of a coast; an alert raised by the joint chiefs
    ("Vietnam said three Chinese warships had sailed to within 60 nautical miles of its coast.",
     {("buildup", "CHN", "reported", "VNM")}),
    ("Japan's Joint Staff said it had raised its alert posture after the launch.",
     {("readiness_check", "JPN", "claimed", "JPN")}),
    # signals sent are no forces sent
    ("Tokyo accused Beijing of sending the wrong signals to North Korea's forces.",
     {("accusation", "JPN", "reported", "JPN")}),
    # a court named as the owner of a noun does not speak: the state's own refusal stands
    ("Manila does not accept the arbitration panel's authority and has rejected Beijing's offer, a spokesman said.",
     {("rejection", "PHL", "reported", "PHL")}),
    ("Moscow ignored the tribunal's order and accused Kyiv of staging the attack.",
     {("accusation", "RUS", "reported", "RUS")}),
    # "the two Koreas" names both parties (rule 7)
    ("The two Koreas agreed on Friday to reopen their liaison office at Kaesong.",
     {("agreement", "PRK", "reported", "PRK"), ("agreement", "KOR", "reported", "KOR")}),
    # a party's report of another's hostile act accuses; its own act ("said it had struck") does not
    ("Georgia's interior ministry said Russian border guards had fired on its checkpoint near the village of Ditsi.",
     {("accusation", "GEO", "reported", "GEO")}),
    ("Lithuania said on Tuesday that Belarusian helicopters had violated its airspace twice.",
     {("accusation", "LTU", "reported", "LTU")}),
    ("The Serbian army rejected the report and said Kosovo police had opened fire first.",
     {("accusation", "SRB", "reported", "SRB")}),
    # another party's account rejected or dismissed is disputed as false: an accusation (TAXONOMY), not a refusal
    ("Tbilisi rejected the Russian version of events, saying its patrol had stayed on Georgian soil.",
     {("accusation", "GEO", "reported", "GEO")}),
    # a meeting still to come is a call for talks of both parties, planned (rules 7 and 9)
    ("Georgia's prime minister is due to meet Erdogan in Ankara next week, his office said.",
     {("call_for_talks", "GEO", "planned", "GEO"), ("call_for_talks", "TUR", "planned", "TUR")}),
    # a threat's answer is no meeting; a warship's port visit is no diplomacy
    ("Seoul warned that any provocation would meet an 'overwhelming' response.",
     {("warning", "KOR", "reported", "KOR")}),
    ("The frigate HMS Kent will visit Manila next month, the Royal Navy said.", set()),
    # a casus belli declared, a threat's promised answer: warnings
    ("Any incursion into its territory would be regarded as a declaration of war, Guyana's defence minister said.",
     {("warning", "GUY", "reported", "GUY")}),
    ("Any violation of our waters will meet a firm response, the Greek navy chief said.",
     {("warning", "GRC", "reported", "GRC")}),
    # soldiers flown home withdraw; a base handed over to the host's authorities is left
    ("Some 300 Nigerian soldiers serving in Gambia were flown home on Tuesday, the army said.",
     {("withdrawal", "NGA", "claimed", "NGA")}),
    ("Italy handed the Camp Singara military base over to Iraqi authorities on Sunday.",
     {("withdrawal", "ITA", "reported", None)}),
    # envoys sitting down for talks meet; a named ship is no back-reference
    ("Sudanese and South Sudanese negotiators sat down in Juba on Monday for their first direct talks.",
     {("meeting", "SDN", "reported", "SDN"), ("meeting", "SSD", "reported", "SSD")}),
    ("The cruiser Admiral Nakhimov fired a Kalibr cruise missile at a practice target in the Sea of Japan, the "
     "Russian navy said.", {("weapons_test", "RUS", "claimed", "RUS")}),
    # forces ordered somewhere with a spelled number, a unit set off by commas
    ("Paris ordered three frigates from its Mediterranean fleet to the eastern Aegean.",
     {("deployment", "FRA", "reported", None)}),
    # "it was time for X to leave" asks for a withdrawal; a charge about oneself called unfounded is denied
    ("Mali's interim president said it was time for the UN peacekeepers to leave.",
     {("demand", "MLI", "reported", "MLI")}),
    ("Rwanda rejected as 'unfounded' Kinshasa's accusation that it had armed the rebels.",
     {("denial", "RWA", "reported", "RWA")}),
    # "X should pull its forces back" said by Y is Y's demand; a charge about oneself rejected is denied
    ("The Kremlin said Kyiv should pull its troops out of the Kursk region without delay.",
     {("demand", "RUS", "reported", "RUS")}),
    ("India's foreign ministry rejected any suggestion that India had sheltered the militants.",
     {("denial", "IND", "reported", "IND")}),
    # a battalion returning to its own base withdraws
    ("Russia's defence ministry said an artillery brigade was returning to its base in Pskov after the drills.",
     {("withdrawal", "RUS", "claimed", "RUS")}),
    # a name's number is no count: the count is the word before it
    ("Four Rafale jets and two Mirage 2000 fighters left Niamey on Friday, the French air force said.",
     {("withdrawal", "FRA", "claimed", "FRA")}),
    # "wants X to <act>" asks; troops said to be still in the country contest a claimed pull-back
    ("Vilnius wants Minsk to pull its troops back from the border, the foreign minister said.",
     {("demand", "LTU", "reported", "LTU")}),
    # the partner of a call: the trigger's own "with" before "X's minister"; a reported clause's own joint subject
    ("Blinken spoke with Turkey's foreign minister about the crisis, the State Department said.",
     {("meeting", "USA", "reported", "USA"), ("meeting", "TUR", "reported", "USA")}),
    # (a call told in the speaker's own clause is the speaker's account for every party, rule 11)
    ("Beijing says Xi and Putin spoke by phone on Friday.",
     {("meeting", "CHN", "reported", "CHN"), ("meeting", "RUS", "reported", "CHN")}),
    # a source declining to be named refuses nothing; an inspection "ordered by" a minister is no demand
    ("Pakistan's army put its air defence units on high alert, two officials said, declining to be named.",
     {("readiness_check", "PAK", "reported", None)}),
    # forces moved back toward a border build up; missiles fired into a desert are a test
    ("Kyiv says Belarus is moving troops back toward the Ukrainian border.",
     {("buildup", "BLR", "reported", "UKR")}),
    ("Pakistan test-fired a cruise missile into the Thar desert, the military said.",
     {("weapons_test", "PAK", "claimed", "PAK")}),
    # an understanding reached, a peace plan accepted, "agreed that the coalition will …": deals
    ("Sudan and South Sudan have reached an understanding on the disputed Abyei area, Khartoum said.",
     {("agreement", "SDN", "reported", "SDN"), ("agreement", "SSD", "reported", "SDN")}),
    ("Paris and Bamako have agreed that the French contingent will leave by the end of the summer.",
     {("agreement", "FRA", "reported", "FRA"), ("agreement", "MLI", "reported", "MLI"),
      ("withdrawal", "FRA", "planned", "FRA")}),
    # "several hundred" is vague (no number); reservists recalled, told passively, are a call-up
    ("Armenia said Azerbaijan had moved several hundred soldiers up to the border near Jermuk.",
     {("buildup", "AZE", "reported", "ARM")}),
    ("Minsk announced that reservists of two motor rifle brigades would be recalled for a month.",
     {("mobilization", "BLR", "planned", "BLR")}),
    # an aside between commas ("speaking in Brussels") keeps the subject before it
    ("The EU's foreign policy chief, speaking in Kyiv, called on Moscow to withdraw its forces.",
     {("demand", "EU", "reported", "EU")}),
    # a launch told in the passive: who fired is where it was fired from
    ("Three cruise missiles launched from China's Shandong peninsula splashed down in the Yellow Sea, Seoul said.",
     {("weapons_test", "CHN", "reported", "KOR")}),
    # a host's guest named by name; a round of indirect talks abroad; a swap agreed under mediation
    ("Xi hosted Lula in Beijing on Friday, Xinhua said.",
     {("meeting", "CHN", "reported", "CHN"), ("meeting", "BRA", "reported", "CHN")}),
    ("Qatar's prime minister travelled to Cairo on Sunday for a round of indirect talks.",
     {("meeting", "QAT", "reported", "QAT")}),
    # statements told in the passive: the agent after "by" speaks
    ("A proposal for a demilitarised buffer zone on the Drina was rejected outright by Sarajevo.",
     {("rejection", "BIH", "reported", "BIH")}),
    ("A warning that any incursion would be met with force was issued by Seoul's defence ministry.",
     {("warning", "KOR", "reported", "KOR")}),
    ("The withdrawal of all foreign forces from Libya was demanded by Algeria's foreign minister.",
     {("demand", "DZA", "reported", "DZA")}),
    # the parties of talks named after "between" meet; the host who stages them does not
    ("Turkey hosted a new round of talks between Russian and Ukrainian delegations in Istanbul on Monday.",
     {("meeting", "RUS", "reported", None), ("meeting", "UKR", "reported", None)}),
    # a call to settle differences or to conclude a treaty is a call for talks; the head of an organisation speaks
    # for it
    ("The secretary-general of the OSCE urged Baku and Yerevan to settle their remaining differences.",
     {("call_for_talks", "OSCE", "reported", "OSCE")}),
    ("The chairwoman of the African Union Commission urged Khartoum and Juba to conclude the border agreement.",
     {("call_for_talks", "AU", "reported", "AU")}),
    # demonyms and capitals of smaller states: "Fijian", "Burkinabe", "Tanzanian", Port Moresby
    ("Ghana said Burkinabe troops had massed near the Ghanaian border at Paga.",
     {("buildup", "BFA", "reported", "GHA")}),
    ("Fijian and Tongan soldiers began a joint exercise near Port Moresby on Tuesday.",
     {("exercise", "FJI", "reported", None), ("exercise", "TON", "reported", None)}),
    # headline shorthand for a return to base; the Russian and Belarusian military's "permanent deployment points"
    ("Tbilisi says troops back in barracks after mountain drills",
     {("withdrawal", "GEO", "claimed", "GEO")}),
    ("Kazakhstan's defence ministry said its brigades had returned to their permanent deployment points on Friday.",
     {("withdrawal", "KAZ", "claimed", "KAZ")}),
    # a named speaker's channel is not a second, unnamed speaker
    ("Serbian Defence Minister Bratislav Gasic said on state television that army units near the boundary were "
     "returning to their barracks.",
     {("withdrawal", "SRB", "claimed", "SRB")}),
    # a discourse aside between the subject and its verb; a state's "units" are military
    ("Georgia, for its part, rejected the proposal for a joint patrol.",
     {("rejection", "GEO", "reported", "GEO")}),
    ("Azerbaijan, however, put its border units on high alert on Monday.",
     {("readiness_check", "AZE", "reported", None)}),
    # a move the parties agreed to make is theirs and to come, not the teller's
    ("Kenya and Somalia agreed on Monday to withdraw their forces from the disputed town of Mandera by June, the UN "
     "mission there said.",
     {("agreement", "KEN", "reported", "UN"), ("agreement", "SOM", "reported", "UN"),
      ("withdrawal", "KEN", "planned", "UN"), ("withdrawal", "SOM", "planned", "UN")}),
    ("Thailand and Cambodia have agreed to a truce and to pull their troops back from the Preah Vihear temple, "
     "Malaysia's foreign minister announced.",
     {("agreement", "THA", "reported", "MYS"), ("agreement", "KHM", "reported", "MYS"),
      ("withdrawal", "THA", "planned", "MYS"), ("withdrawal", "KHM", "planned", "MYS")}),
    # a host receiving a possessive-named guest: both meet; "Ivory Coast" is Côte d'Ivoire
    ("Tinubu received Ghana's foreign minister in Abuja on Thursday.",
     {("meeting", "NGA", "reported", "NGA"), ("meeting", "GHA", "reported", "GHA")}),
    ("Ivory Coast said it had sent 300 more soldiers to its northern border with Burkina Faso.",
     {("buildup", "CIV", "claimed", "CIV")}),
    # a headline's source before a colon speaks even for a weak statement word
    ("Minsk: a new US base in Poland will bring 'countermeasures'",
     {("warning", "BLR", "reported", "BLR")}),
    # a missile fired at an unnamed target at sea is a test; a named exercise led by a state ("US-led") is military
    ("India's navy said one of its destroyers had fired a BrahMos missile at a target in the Arabian Sea.",
     {("weapons_test", "IND", "claimed", "IND")}),
    ("The French-led Orion exercise got under way in the Mediterranean with more than 20 ships.",
     {("exercise", "FRA", "reported", None)}),
    # the other side contests a claimed pull-back: its ministry's domain does not matter when it speaks of troops;
    # an announced step called a deception accuses
    ("Moscow said its units had left the dam area, but Ukraine's energy ministry said Russian soldiers were still "
     "at the site.",
     {("withdrawal", "RUS", "claimed", "RUS"), ("accusation", "UKR", "reported", "UKR")}),
    ("Minsk says troops heading back to barracks; Vilnius calls it a smokescreen",
     {("withdrawal", "BLR", "claimed", "BLR"), ("accusation", "LTU", "reported", "LTU")}),
    # a separable "pull … out of" with a long count between
    ("London said it would pull about 300 of its roughly 500 soldiers out of Estonia by the summer.",
     {("withdrawal", "GBR", "planned", "GBR")}),
    # recent, not history: "in the past week"
    ("Kyiv said Russia had moved another 15,000 troops toward the Kharkiv front in the past week.",
     {("buildup", "RUS", "reported", "UKR")}),
    # warships sent to evacuate citizens deploy; nobody withdraws
    ("Seoul would send two destroyers to help evacuate its citizens from Libya, the defence ministry said.",
     {("deployment", "KOR", "planned", "KOR")}),
    # a relative clause after the trigger dates its own earlier act, not the movement
    ("Armenian and Azerbaijani troops pulled back from the heights they had seized in 2021, officials said.",
     {("withdrawal", "ARM", "reported", None), ("withdrawal", "AZE", "reported", None)}),
    # "still occupying" contests a claimed pull-back (rule 4)
    ("Kyrgyzstan says it has withdrawn its units from the border, but Tajik officials say Kyrgyz troops are still "
     "occupying two villages.",
     {("withdrawal", "KGZ", "disputed", "KGZ"), ("accusation", "TJK", "reported", "TJK")}),
    # "sent no troops" said by the actor's side: a denial and the act denied (rule 10)
    ("The Kremlin said Moscow had sent no troops to Mali.",
     {("denial", "RUS", "reported", "RUS"), ("deployment", "RUS", "denied", "RUS")}),
    # the gerund with its person met is a meeting, and the counterpart met is a party (rule 7)
    ("Japan's foreign minister said after meeting her South Korean counterpart in Seoul that ties were improving.",
     {("meeting", "JPN", "reported", "JPN"), ("meeting", "KOR", "reported", "JPN")}),
    # two speakers joined by "and": one statement each (rule 7); "the test violated" is a verb, not "the deal"
    ("Tokyo and Seoul said the test violated UN Security Council resolutions.",
     {("accusation", "JPN", "reported", "JPN"), ("accusation", "KOR", "reported", "KOR")}),
    # "test-fired … at <place>" names the launch site, not a target
    ("Iran test-fired a new cruise missile from a site at Jask, state media said.",
     {("weapons_test", "IRN", "claimed", "IRN")}),
    # rejecting a charge about its own conduct is a denial, and the act charged is denied (rule 10); rejecting a
    # charge about another's act is no denial
    ("Serbia rejected Kosovar claims that it had moved armoured units toward the boundary line.",
     {("denial", "SRB", "reported", "SRB"), ("buildup", "SRB", "denied", "SRB")}),
    ("Tehran dismissed as 'fabricated' a claim by Israel that Iranian troops had been moved into Lebanon.",
     {("denial", "IRN", "reported", "IRN"), ("deployment", "IRN", "denied", "IRN")}),
    # "it" after "<demonym> accusations that" is the rejecting party, not the accuser named inside the charge
    ("Georgia rejected Russian allegations that it had massed troops near South Ossetia.",
     {("denial", "GEO", "reported", "GEO"), ("buildup", "GEO", "denied", "GEO")}),
    # no evidence of a pull-back "contradicting" the other side's announcement: the act disputed, the claim its owner's
    ("NATO said there was no evidence that Russian units had left Transnistria, contradicting Moscow's "
     "statement on Monday.",
     {("accusation", "NATO", "reported", "NATO"), ("withdrawal", "RUS", "disputed", "RUS")}),
    # "a claim X disputed" after a claimed act: the act disputed and X's accusation (rule 4); "still at sea" disputes
    ("Tehran said its navy had test-fired a new anti-ship missile, a claim the US Central Command disputed.",
     {("weapons_test", "IRN", "disputed", "IRN"), ("accusation", "USA", "reported", "USA")}),
    ("Beijing said its carrier group had returned to port, but Japanese officials said the ships were still at sea.",
     {("withdrawal", "CHN", "disputed", "CHN"), ("accusation", "JPN", "reported", "JPN")}),
    # a demand with its "or" and a threatened step is also a warning; a state's patience "has limits"
    ("Moscow demanded that Oslo close the radar station, or it would be forced to take military-technical "
     "countermeasures, the foreign ministry said.",
     {("demand", "RUS", "reported", "RUS"), ("warning", "RUS", "reported", "RUS")}),
    ("\"Our patience has limits,\" the Azerbaijani defence minister said.",
     {("warning", "AZE", "reported", "AZE")}),
    # "agreed with X" names the other party of the agreement; "our … and the <demonym> army" in a quote: the speaker's
    # state and its partner
    ("\"We have agreed with Uzbekistan on a joint border commission,\" Kazakhstan's foreign minister said.",
     {("agreement", "KAZ", "reported", "KAZ"), ("agreement", "UZB", "reported", "KAZ")}),
    ("\"Our marines and the French navy have begun a week of landing drills,\" the Greek defence ministry said.",
     {("exercise", "GRC", "claimed", "GRC"), ("exercise", "FRA", "reported", "GRC")}),
    # a drill called off in a later clause does not cancel a troop move told before it
    ("Serbia moved 2,000 soldiers toward the boundary line on Tuesday, officials said, and a joint exercise planned "
     "with Hungary for the following week was later cancelled.",
     {("buildup", "SRB", "reported", None)}),
    # a ship back in its home port ends its deployment: a withdrawal
    ("India's aircraft carrier Vikrant returned to its home port in Kochi after a month in the Arabian Sea, the "
     "navy said.",
     {("withdrawal", "IND", "claimed", "IND")}),
    # a speaker who "wrote on X"; a titled head set off by an apposition; a call-up counted in citizens; the speaker
    # tells a meeting held by somebody else in his speech's clause
    ("Poland's defence minister wrote on X that 2,000 more soldiers had been sent to the Belarusian border.",
     {("buildup", "POL", "claimed", "POL")}),
    ("The Armenian defence minister, Suren Papikyan, said Azerbaijan had massed troops near Jermuk.",
     {("buildup", "AZE", "reported", "ARM")}),
    ("Kyiv will call up 80,000 citizens for military service this spring, the general staff said.",
     {("mobilization", "UKR", "planned", "UKR")}),
    ("The Kremlin spokesman said Lavrov had met his Indian counterpart in Moscow on Friday.",
     {("meeting", "RUS", "reported", "RUS"), ("meeting", "IND", "reported", "RUS")}),
    # "denying any build-up" at a place denies one (rule 10), the denier's; a wire headline's source after a dash;
    # warships "still moored there" contest a claimed departure (rule 4)
    ("Minsk denied any build-up near the Lithuanian border, the Belarusian defence ministry said.",
     {("denial", "BLR", "reported", "BLR"), ("buildup", "BLR", "denied", "BLR")}),
    ("LATVIA PLACES BORDER GUARD UNITS ON HIGH ALERT - DEFENCE MINISTRY",
     {("readiness_check", "LVA", "claimed", "LVA")}),
    ("Moscow said its units had left the port of Tobruk, but Libyan officials said Russian ships were still docked "
     "there.",
     {("withdrawal", "RUS", "disputed", "RUS"), ("accusation", "LBY", "reported", "LBY")}),
    # a charge the actor itself denied: the act denied and a denial (rule 10); "announced a snap check": the
    # announcer's own account; "and that it had …" after a speech verb: the speaker again; "prompting X to <act>"
    ("Manila accused Beijing of sending 40 militia boats to the reef, a charge China denied.",
     {("accusation", "PHL", "reported", "PHL"), ("deployment", "CHN", "denied", "CHN"),
      ("denial", "CHN", "reported", "CHN")}),
    ("Georgia's defence ministry announced a surprise readiness check of its western units.",
     {("readiness_check", "GEO", "claimed", "GEO")}),
    ("Estonia's defence forces said Russia had moved 20 helicopters to Pskov, and that they had raised their own "
     "alert level.",
     {("deployment", "RUS", "reported", "EST"), ("readiness_check", "EST", "claimed", "EST")}),
    ("Chinese ships entered the disputed waters, prompting Vietnam to put its navy on high alert.",
     {("deployment", "CHN", "reported", None), ("readiness_check", "VNM", "reported", None)}),
    # a denial's scope ends where ", saying" opens a content of its own; the troops a pull-out leaves behind are no
    # count of it; an EU mission acts for the EU
    ("Moldova denied any buildup on the Dniester, saying it had in fact sent 300 soldiers back to barracks.",
     {("denial", "MDA", "reported", "MDA"), ("buildup", "MDA", "denied", "MDA"),
      ("withdrawal", "MDA", "claimed", "MDA")}),
    ("Italy will withdraw a battalion from Lebanon this summer, officials in Rome said, leaving about 800 Italian "
     "soldiers in the mission.",
     {("withdrawal", "ITA", "planned", "ITA")}),
    ("EUFOR said it was reinforcing its Bosnia mission with 300 reserve troops.",
     {("buildup", "EU", "claimed", "EU")}),
    # adjectives of one noun after "of" are each a party; a negated condition is no denial
    ("Disengagement of Armenian and Azerbaijani troops at Tavush has been completed, the ministry said.",
     {("withdrawal", "ARM", "claimed", "ARM"), ("withdrawal", "AZE", "claimed", "AZE")}),
    # forces moved by "security sources in Quetta"; paratroopers dropped as part of an exercise, and servicemen
    # moved to training grounds in a snap check, are that drill, not a deployment of their own; "imagery shows no such
    # pullback" disputes a claimed one and charges (rule 4); "rushed … tanks to the border"
    ("Security sources in Quetta said additional troops had been moved towards the Chaman border crossing.",
     {("buildup", "PAK", "claimed", "PAK")}),
    ("About 800 paratroopers were airdropped near the border as part of a brigade exercise, army officials in Lahore "
     "said.",
     {("exercise", "PAK", "claimed", "PAK")}),
    ("Some 2,000 Russian servicemen were moved to training grounds near Pskov in a snap combat-readiness check, the "
     "ministry said.",
     {("readiness_check", "RUS", "claimed", "RUS")}),
    ("Minsk says its troops have left the border area; Vilnius says satellite imagery shows no such pullback",
     {("withdrawal", "BLR", "disputed", "BLR"), ("accusation", "LTU", "reported", "LTU")}),
    ("India has rushed about 20,000 troops and two tank regiments to the border in Sikkim, officials said.",
     {("buildup", "IND", "reported", None)}),
    # an announced exercise that "would be held": the future of reported speech, planned
    ("The Japanese defence ministry announced that joint landing drills would be held on Okinawa next week.",
     {("exercise", "JPN", "planned", "JPN")}),
    # "flown … instructors and equipment into" deploys
    ("Turkey has flown about 200 military instructors and drones into Tripoli, Libyan officials said.",
     {("deployment", "TUR", "reported", "LBY")}),
    # "a figure X called exaggerated" disputes the claimed act (rule 4); a state broadcaster is its state's channel
    ("Azerbaijan said 3,000 soldiers had returned to their bases, a figure Armenian officials called grossly inflated.",
     {("withdrawal", "AZE", "disputed", "AZE"), ("accusation", "ARM", "reported", "ARM")}),
    ("Malian troops began a week of live-fire drills near Gao on Monday, state broadcaster ORTM reported.",
     {("exercise", "MLI", "claimed", "MLI")}),
    # the other side contests a claimed pull-back: forces "still <doing> there", "they have not", "no change" (rule 4)
    ("Hanoi said its survey vessels had left the reef, but Beijing said two of them were still anchoring near it.",
     {("withdrawal", "VNM", "disputed", "VNM"), ("accusation", "CHN", "reported", "CHN")}),
    ("Moscow says its troops have left the village; Tbilisi says they have not",
     {("withdrawal", "RUS", "disputed", "RUS"), ("accusation", "GEO", "reported", "GEO")}),
    ("Serbia said its units had pulled back from the boundary line, though Kosovo said it had seen no change there.",
     {("withdrawal", "SRB", "disputed", "SRB"), ("accusation", "XKX", "reported", "XKX")}),
    ("Eritrea says it has withdrawn 2,000 troops from the border; Ethiopia says 'not a single soldier' has moved",
     {("withdrawal", "ERI", "disputed", "ERI"), ("accusation", "ETH", "reported", "ETH")}),
    # "no real pull-back" seen contests a claimed one; a pull-back named in the words that deny it is contested too
    ("Minsk says its troops are heading home; Vilnius sees 'no real withdrawal'",
     {("withdrawal", "BLR", "disputed", "BLR"), ("accusation", "LTU", "reported", "LTU")}),
    ("Seoul said it had seen \"no meaningful pullback\" of North Korean artillery.",
     {("accusation", "KOR", "reported", "KOR")}),
    # the place forces are withdrawn from is not who withdraws them; "a further" 1,500 leaving adds no forces
    ("Moscow said a further 1,500 troops would be withdrawn from Armenia by the end of the year.",
     {("withdrawal", "RUS", "planned", "RUS")}),
    # a drill the forces named by "the" take part in is told; the drill a relative clause says they took part in is not
    ("Indonesia's army said the soldiers were taking part in the Garuda Shield exercise.",
     {("exercise", "IDN", "claimed", "IDN")}),
    ("Jakarta said the battalions which took part in the Garuda Shield exercise had returned to their bases.",
     {("withdrawal", "IDN", "claimed", "IDN")}),
    # a headline's second clause after a comma has its own subject right before its verb
    ("Manila says Chinese ships rammed its vessel, Beijing denies ramming",
     {("accusation", "PHL", "reported", "PHL"), ("denial", "CHN", "reported", "CHN")}),
    # another party's word after "but" answers the account just told: its accusation, and the account is disputed;
    # "no pull-back had taken place" denies the other side's act, not the speaker's own
    ("Kigali said its battalions had crossed back over the frontier, but Kinshasa said the units were merely "
     "regrouping a few kilometres inside Congolese territory.",
     {("withdrawal", "RWA", "disputed", "RWA"), ("accusation", "COD", "reported", "COD")}),
    ("Belgrade said it had sent two more army brigades to the boundary with Kosovo, but Pristina said its police "
     "had counted far fewer vehicles than announced.",
     {("buildup", "SRB", "disputed", "SRB"), ("accusation", "XKX", "reported", "XKX")}),
    ("Khartoum said it had pulled 3,000 soldiers out of the Abyei area, but Juba said no pull-out had happened.",
     {("withdrawal", "SDN", "disputed", "SDN"), ("accusation", "SSD", "reported", "SSD")}),
    # the same side saying more after "but" answers nothing
    ("Tokyo said its destroyers had begun drills off Okinawa, but the Japanese navy said bad weather could cut "
     "them short.",
     {("exercise", "JPN", "claimed", "JPN")}),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_fields(text: str, expected: set[tuple[str, str | None, str, str | None]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reading(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


# "facing X" places forces, it does not name them: "its ships facing the Philippines" are the speaker's
LOCATIONS = [
    ("The Chinese navy said its ships facing the Philippines had been put on high alert.",
     {("readiness_check", "CHN", "PHL")}),
    ("Azerbaijan has moved artillery to hills facing the Armenian town of Jermuk, Yerevan said.",
     {("deployment", "AZE", "ARM")}),
    # who brokered or led names no place: "a US-led exercise", "a Qatari-mediated deal"
    ("Colombia and Ecuador agreed to pull troops back from the frontier under a Qatari-mediated deal.",
     {("agreement", "COL", None), ("agreement", "ECU", None), ("withdrawal", "COL", None),
      ("withdrawal", "ECU", None)}),
    # the sea off a state's own coast is a sea (rule 12: seas are null); along its coast is its ground
    ("Seoul said the North fired three short-range missiles into the sea off its west coast on Thursday.",
     {("weapons_test", "PRK", None)}),
    ("Venezuela held naval drills along its Caribbean coast on Monday.", {("exercise", "VEN", "VEN")}),
]


@pytest.mark.parametrize(("text", "expected"), LOCATIONS)
def test_location(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert {(e.subtype, e.actor, e.location) for e in extract_text(text)} == expected


def test_agreed_pullback_is_planned_for_every_party() -> None:
    """A pullback agreed next to a truce is still to come, for the party read first as for the others."""
    events = extract_text("Armenia and Azerbaijan agreed on a truce and a pullback of forces from the Syunik frontier.")
    assert {(e.actor, e.assertion) for e in events if e.subtype == "withdrawal"} == {("ARM", "planned"),
                                                                                     ("AZE", "planned")}


def test_a_step_not_ruled_out_is_hypothetical() -> None:
    """"Could not rule out sending troops" keeps the deployment open: no denial, and the move is hypothetical."""
    events = extract_text("The German chancellor said Berlin could not rule out sending air-defence units to Poland.")
    assert [(e.subtype, e.assertion) for e in events] == [("deployment", "hypothetical")]


def test_a_drill_naming_no_party_is_kept_in_an_article_about_a_state() -> None:
    # alone, the sentence names nobody's drill and gives none; after a sentence about Russian warships it is kept
    drill = "A frigate squadron held a live-fire exercise on Tuesday, the navy said."
    assert not [e for e in extract_text(drill) if e.subtype == "exercise"]
    article = "Russian warships sailed into the Sea of Japan on Monday. " + drill
    assert [e.subtype for e in extract_text(article)].count("exercise") == 1
