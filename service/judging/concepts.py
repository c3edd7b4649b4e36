"""The events and states claims name, folded to concepts, and which concepts are opposites.

"pulled back", "withdrew" and "pullout" are one concept, withdraw; "remained" and "stayed put" are
remain; withdraw and remain are opposites (``OPPOSITES``). The explicit checks (judging/checks/)
read a claim's concepts to find opposite events, denials of the same action (``RELATED``),
movements of one measure each way (``MOVEMENTS``) and places in one contest two sides may share
(``RIVALRIES``). Each concept is a list of the words and phrases news uses for it; a phrase is
read past a figure or an owner ("cut 500 jobs" is "cut jobs").
"""

from __future__ import annotations

from functools import lru_cache

from service.extraction import lexicon
from service.extraction.lexicon import tokens


def _forms(*bases: str) -> set[str]:
    """A word with the regular inflections English gives it."""
    out: set[str] = set()
    for base in bases:
        stem = base[:-1] if base.endswith("e") else base
        out |= {base, base + "s", stem + "ed", stem + "ing"}
        if base.endswith(("s", "x", "z", "ch", "sh", "o")):
            out.add(base + "es")  # "approaches", "vetoes"; not "wines" of "win"
    return out


# Words and phrases folded to one concept, so that "pulled back" meets "withdrew". A word with a
# common other sense stays out ("contracted" an illness, "fired" a shot).
CONCEPTS: dict[str, set[str]] = {
    "withdraw": _forms("withdraw", "retreat", "pullout", "withdrawal")
    | {"withdrawn", "withdrew", "pull back", "pulled back", "pulling back", "pulls back",
       "pull out", "pulled out", "pulling out", "pulls out", "pullback"},
    "remain": _forms("remain", "stay") | {"stayed", "still had", "still has", "stationed",
                                          # still in a post
                                          "still in charge", "firmly in charge",
                                          "still in office", "still at the helm",
                                          "still running the", "still runs the", "still leads",
                                          # troops where they were
                                          "troops are still in", "troops were still in",
                                          "troops remain in", "troops remained in",
                                          "soldiers are still in", "forces are still in",
                                          "still occupying", "still occupy", "still occupies",
                                          # a post kept
                                          "keep his job", "keep her job", "keeps his job",
                                          "keeps her job", "kept his job", "kept her job",
                                          "keep their jobs", "kept their jobs"},
    "buildup": _forms("buildup", "reinforce", "reinforcement")
    | {"build up", "built up", "building up", "builds up", "massed", "massing", "amassed",
       "amassing"},
    "increase": _forms("increase", "rise", "grow", "climb", "gain", "raise", "expand", "soar",
                       "surge", "boost", "hike", "accelerate")
    | {"rose", "risen", "grew", "grown", "increases", "doubled", "doubling", "tripled",
       "trebled", "jumped", "widened", "widening", "edged up", "edged higher", "ticked up",
       "ticked higher", "rebounded", "rebounding",
       # "sales were up 5 percent", "shares closed up"
       "was up", "were up", "is up", "are up", "been up", "closed up", "finished up",
       # "the price of bread went up"; a price that "got more expensive"
       "went up", "gone up", "goes up", "go up", "going up", "got more expensive",
       "became more expensive", "grew more expensive", "getting more expensive",
       "become more expensive"},
    "decrease": {"lost residents", "lost inhabitants", "lost population", "lost its majority",
                 "lost their majority"}
    | _forms("decrease", "fall", "drop", "shrink", "decline", "cut", "reduce", "lower",
                       "plunge", "slump", "tumble", "plummet")
    | {"fell", "fallen", "dropped", "shrank", "shrunk", "reduction", "cuts", "contraction",
       # ("a slide", "a dip in the lake" are no falls)
       "slid", "dipped", "dipping", "slipped", "slipping", "edged down", "edged lower",
       "halved", "halving", "narrowed", "narrowing", "slowed", "slowing", "slows", "slowdown",
       "was down", "were down", "is down", "are down", "been down", "closed down",
       "finished down", "ticked down", "ticked lower",
       # a price that "got cheaper" ("cheaper than flying" compares, and moves nothing)
       "got cheaper", "became cheaper", "grew cheaper", "getting cheaper", "become cheaper",
       # a figure that eased ("inflation eased to 3 percent"; "eased tensions" is "ease")
       "eased to", "eased by", "eased slightly", "eased back", "cooled to",
       # "contracted" shrinks only without an object ("contracted in the second quarter", not
       # "contracted Ebola")
       "contracted by", "contracted in", "contracted for", "contracted at", "contracted last",
       "contracted sharply", "contracted slightly", "contracts by", "contracting by"},
    # A share of votes or seats won, which is no win ("won 41 percent of the vote": figures are
    # read out of phrases).
    "share won": {"won percent", "won per cent", "won seats", "won votes", "winning percent",
                  "winning per cent"},
    "win": _forms("win", "victory")
    | {"won", "winning", "elected", "re-elected", "reelected", "in first place", "finished first",
       "came first", "took first place", "sworn in as"},
    "lose": _forms("lose", "defeat", "loss") | {"lost", "losing", "stripped of", "empty-handed",
                                                "finished last", "came last", "placed last",
                                                "conceded the race", "conceded the election",
                                                "conceded the contest", "conceded the seat"},
    "accept": _forms("accept", "approve", "agree", "approval", "ratify")
    | {"said yes to", "say yes to", "says yes to", "voted yes", "vote yes", "votes yes",
       # ("signs" is as often a noun: "signs of a withdrawal")
       "ratified", "ratification", "signed", "signed into law", "put pen to paper",
       # a bill or motion passed ("passed away" is no passing of anything)
       "was passed", "were passed", "been passed", "passed the", "passed by", "passed with",
       "bill passed", "motion passed", "law passed", "measure passed", "passed its first reading",
       "passed its second reading", "passed its third reading", "passed its final reading"},
    "reject": _forms("reject", "refuse", "veto", "rejection", "refusal")
    | {"said no to", "say no to", "says no to", "voted no", "vote no", "votes no", "voted down",
       "snub", "snubs", "snubbed", "snubbing", "declined the offer", "declined an offer",
       "declined the invitation", "declined an invitation", "declined the request",
       "vote down", "votes down", "turned down", "turn down", "turns down", "turning down",
       "threw out", "throw out", "throws out", "thrown out", "blocked the", "was blocked by",
       "were blocked by", "disagree", "disagreed",
       "disagrees", "disagreement",
       # a bill defeated in a vote (a side "defeated in the final" lost a match)
       "defeated in parliament", "defeated in the house", "defeated in the lower house",
       "defeated in the upper house", "defeated in the senate", "defeated in congress",
       "defeated in the assembly"},
    "open": _forms("open", "reopen") | {"returned to school", "back at school", "back in school",
                                        "still trading", "still in business", "cleared of snow",
                                        "returned to class", "returned to classes",
                                        "back in the classroom",
                                        # the trial opened: "went on trial for fraud"
                                        "went on trial", "go on trial", "goes on trial",
                                        "going on trial", "gone on trial"},
    # Open until then: a past state that a closing ended ("had been open for 40 years").
    "was open": {"had been open", "had been opened", "had been operating", "had been running"},
    "close": _forms("close", "shut") | {"shut", "shutting", "closure", "sealed off", "was sealed",
                                        "mothballed", "mothballing",
                                        "still blocked", "blocked by snow",
                                        "last edition", "final edition", "final issue",
                                        "were sealed", "been sealed", "idle",
                                        "still grounded", "remain grounded", "remains grounded",
                                        "remained grounded",
                                        # a shop closed down, not shares that closed down
                                        "has closed down", "have closed down", "had closed down",
                                        "was closed down", "were closed down", "closed down in",
                                        "closed down last", "closed down for good"},
    "allow": _forms("allow", "permit", "legalise", "legalize") | {"permitted", "permitting"},
    "ban": _forms("ban", "forbid", "prohibit", "outlaw") | {"banned", "banning", "forbade",
                                                          "forbidden", "barred from",
                                                          "bars from", "barring from"},
    "confirm": _forms("confirm", "verify", "acknowledge", "admit", "reproduce", "replicate")
    | {"admitted", "admitting"},
    "deny": _forms("deny", "dispute") | {"denied", "denies", "denial"},
    # ("back" alone is as often where a thing went: "flown back to China")
    "support": _forms("support", "endorse", "favour", "favor")
    | {"backs", "backed", "backing", "voted for", "vote for", "votes for", "voting for"},
    "oppose": _forms("oppose", "resist", "condemn", "opposition")
    | {"against the plan", "against the proposal", "against the idea", "against the deal"}
    | {"voted against", "vote against", "votes against", "voting against"},
    "start": _forms("start", "begin", "launch", "resume", "restart")
    | {"began", "begun", "beginning", "was restored", "were restored", "been restored"},
    "stop": _forms("stop", "end", "halt", "suspend", "cease")
    | {"stopped", "stopping", "cut off", "cuts off", "cutting off", "cut ties", "cuts ties",
       "to a standstill", "were grounded", "was grounded", "been grounded"},
    # A quarrel, no fall: read as a phrase so that "fell" is no decrease here.
    "quarrel": {"fell out", "fall out", "falls out", "falling out"},
    "alive": {"ejected safely", "alive", "survived", "survive", "survives", "surviving", "living",
              "stable condition", "found safe",
              "safe and well", "safe and sound", "all safe", "is recovering", "are recovering",
              "expected to recover", "expected to survive", "expected to make a full recovery",
              "returned safely", "returned home safely", "freed from the", "cut free",
              # a death sentence lifted
              "commuted the death sentence", "death sentence was commuted", "spared execution"},
    "dead": {"dead", "died", "die", "dies", "killed", "killing", "kills", "dying", "body was found",
             "bodies were found", "body has been found", "bodies have been found", "found dead",
             "recovered the body", "recovered the bodies", "body was recovered",
             "bodies were recovered", "body has been recovered", "bodies have been recovered",
             "the bodies of", "the body of the missing", "had to be put down", "was put to sleep",
             "was euthanised",
             "was euthanized", "was executed", "were executed", "been executed", "executed on",
             "passed away", "passes away", "has passed away", "drowned"},
    "ease": _forms("ease", "calm", "de-escalate", "thaw") | {"easing", "de-escalating"},
    "escalate": _forms("escalate", "intensify", "worsen") | {"escalation", "escalating"},
    "guilty": {"guilty", "convicted", "sentenced", "inquiry blamed", "investigation blamed",
    "confessed to", "admitted the murder",
               "admitted the killing", "pleaded guilty", "broke the rules", "broken the rules",
               "breached the rules", "broke the law", "broken the law", "breached the code"},
    "innocent": {"innocent", "acquitted", "cleared of", "cleared by the inquiry",
                 "cleared by an inquiry", "cleared by the investigation", "cleared him of",
                 "cleared her of",
                 "cleared them of", "charges were dropped", "his innocence",
                 "her innocence", "their innocence",
                 "dropped the charges", "charges were dismissed", "dismissed the charges"},
    "legal": {"legal", "lawful", "lawfully"},
    "safe": {"safe", "harmless", "drinkable"},
    "unsafe": {"unsafe", "dangerous", "harmful", "undrinkable", "unfit to drink",
               "serious side effects", "severe side effects", "dangerous side effects",
               "boil their water", "boil their drinking water"},
    "illegal": {"illegal", "unlawful", "unlawfully"},
    "profit": {"profit", "profits", "profitable", "financial success", "made money",
               "made a profit"},
    # The end of a stretch of time, which tells when, and stops nothing ("will restart at the end
    # of March").
    "end of a period": {f"end of {t}" for t in (
        *lexicon.MONTHS, "the year", "the month", "the week", "the day",
        "the season", "the decade", "the summer", "the winter", "the spring", "the autumn",
        "next year", "next month", "next week", "this year", "this month", "this week",
        "the quarter", "the first quarter", "the second quarter", "the third quarter",
        "the fourth quarter")}
    # ... and where in a stretch something happened ("at the end of the talks").
    | {"at the end of", "by the end of", "until the end of", "towards the end of",
       "toward the end of", "near the end of", "ended up", "end up", "ends up", "ending up"},
    # Words of ours in another sense, which name none of our concepts: "declined to comment" (no
    # fall), "opened fire" (no opening), "raised the alarm" (no rise), "living conditions",
    # "later this fall" (a season).
    "other sense": {"declined to", "declines to", "declining to", "declined comment",
                    "declined requests", "declined a request", "opened fire", "open fire",
                    "opens fire", "opening fire", "raised the alarm", "raise the alarm",
                    "raised concerns", "raised questions", "raised doubts", "living conditions",
                    "cost of living", "living standards", "standard of living", "for a living",
                    "this fall", "last fall", "next fall", "in the fall", "rose gold"},
    # Near, or nearly: "close" that shuts nothing ("lies close to the harbour", "close to 40,000
    # troops", "a close contest"); not "closed to traffic".
    "near": {"is close to", "are close to", "was close to", "were close to", "lies close to",
             "lie close to", "came close to", "come close to", "comes close to", "had close to",
             "has close to", "have close to", "employs close to", "close to the border",
             "close relationship", "close ties", "close ally", "close allies", "close friend",
             "close friends", "close contest", "close race", "close call", "close second",
             "close eye", "close attention", "close-run", "close to home"},
    # A warning that profits will fall short, which tells of no profit ("a profit warning").
    "profit warning": {"profit warning", "profit warnings", "profits warning"},
    "resign": {"was fired after", "was fired for", "was fired by", "got fired", "were fired",
               "been fired from"}
    | _forms("resign", "resignation")
    | {"step down", "stepped down", "steps down", "stepping down", "quit", "quits", "quitting",
       # a post left ("left the club", not "left the building")
       "left the club", "left the company", "left the party", "left the government",
       "left his job", "left her job", "left his post", "left her post", "left office",
       "handed control to", "handed over control", "handed over the reins",
       "abdicated", "abdicate", "abdication",
       "drop out", "drops out", "dropped out", "dropping out",
       # removed from a post ("dismissed" alone is as often a case or a claim dismissed)
       "sacked", "ousted", "forced out", "forced to resign", "removed from office",
       "removed from his post", "removed from her post", "has been dismissed",
       "was dismissed", "were dismissed"},
    "deliberate": {"deliberate", "deliberately", "intentional", "intentionally", "arson",
                   "on purpose"},
    "accidental": {"accident", "accidents", "accidental", "accidentally", "electrical fault",
                   "faulty wiring", "short circuit", "short-circuit", "started by lightning",
                   "sparked by lightning", "caused by lightning", "lightning strike"},
    "cancel": _forms("cancel", "scrap", "abandon", "shelve")
    | {"rained off", "was rained off", "were rained off", "cancelled", "canceled", "cancelling",
       "canceling", "scrapped", "called off", "calls off", "calling off",
                                          "fell through", "fall through", "falls through",
                                          # a plan dropped ("sales dropped" is a fall)
                                          "was dropped", "were dropped", "been dropped",
                                          # a bill or a plan taken back
                                          "withdrew the bill", "withdrawn the bill",
                                          "bill was withdrawn", "withdrew the plan",
                                          "withdrew the proposal", "dropped the bill"},
    "postpone": _forms("postpone") | {"put off", "delayed until", "delayed", "delayed by",
                                      "behind schedule", "ran late", "running late", "years late",
                                      "months late", "weeks late", "days late", "hours late",
                                      "an hour late", "minutes late"},
    "proceed": {"played to a finish", "played to the finish", "went ahead", "go ahead",
                "ahead of schedule", "ahead of time", "before its due date", "before the due date",
    "goes ahead", "going ahead", "as scheduled",
                "as planned", "on schedule", "proceeded", "on time", "completed", "was finalised",
                "was finalized", "ran its full course", "ran the full course", "ran to completion"},
    "peaceful": {"peaceful", "peacefully"},
    "violent": {"violent", "violence", "clashes", "clashed", "riot", "riots", "rioting",
                "tear gas", "water cannon", "rubber bullets", "looting", "looted", "by force",
                "forcibly"},
    "lift": _forms("lift"),
    "impose": _forms("impose"),
    "strengthen": _forms("strengthen"),
    "weaken": _forms("weaken"),
    # A court's decision on a ruling under appeal.
    "uphold": {"upheld", "uphold", "upholds", "upholding"},
    "overturn": _forms("overturn", "quash") | {"annulled", "annul", "annuls", "struck down",
                                               "strike down", "strikes down", "striking down"},
    # Held or free: states, not the arrest or release that may follow one another in a story
    # ("released" alone is as often a report, "held" a meeting, "escaped" an injury).
    "custody": {"in custody", "being held by", "is serving a", "are serving",
                "still held", "still being held", "held captive", "held hostage",
                "behind bars", "in detention", "still detained", "in captivity", "remanded",
                "denied bail", "refused bail", "in prison", "in jail", "still in prison",
                "remains in prison", "remain in prison", "remained in prison", "in his cell",
                "in her cell", "in their cells", "still holding"},
    "free": {"freed", "set free", "pardoned", "walked free", "escaped from", "was released",
             "released all the hostages", "released the hostages", "released all the prisoners",
             "were released", "been released",
             "escaped custody", "escaped prison", "escaped jail",
             "released from custody", "released from prison", "released from jail",
             "released from captivity", "granted bail",
             # "released on bail", and past its object: "released the activist on bail"
             "on bail"},
    # Not caught yet, or caught ("arrested" alone may be followed by a release in one story).
    "at large": {"at large", "on the run", "fled the country", "evaded capture", "evading capture",
                 "manhunt",
                 "still searching for", "still looking for", "still hunting for",
                 "escaped capture"},
    "caught": {"arrested", "captured", "appeared in court", "apprehended", "was caught",
               "were caught",
               "handed himself in", "handed herself in", "turned himself in",
               "turned herself in", "gave himself up", "gave herself up",
               "been caught", "surrendered himself", "surrendered herself",
               "surrendered to police", "surrendered to the police"},
    "unchanged": {"unchanged", "were flat", "was flat", "remained flat", "stayed flat",
                  "held steady", "kept steady", "remained steady", "stayed steady",
                  "stayed the same", "stays the same", "stay the same", "remained the same",
                  "remains the same", "remain the same",
                  # prices held where they are
                  "price freeze", "froze prices", "froze fuel prices", "froze energy prices",
                  "froze rents", "rent freeze", "pay freeze", "froze pay", "prices frozen",
                  "prices were frozen", "fares will be frozen", "fares were frozen",
                  "prices will be frozen", "rents will be frozen", "pay will be frozen",
                  "froze fares", "fare freeze"},
    # Still working ("operating" alone is as often an "operating profit", "operational" a cost).
    "operate": {"saved from closure", "spared closure", "in operation", "working normally",
    "working as normal", "keep printing",
                "keeps printing", "continue printing", "kept operating", "still operating",
                "continued operating",
                "continued to operate", "continues to operate", "operating normally",
                "kept running", "still running", "running normally", "kept generating",
                "still generating", "keep operating", "keeps operating", "continue operating",
                "continues operating", "keep producing", "keeps producing", "continue producing",
                "continues producing", "continue to produce", "fully operational",
                "operated normally", "operates normally",
                "ran normally", "runs normally", "running as normal", "ran as normal",
                "traded normally", "trading normally", "at full capacity", "still producing",
                "still in production", "working flat out", "running flat out", "at full stretch"},
    # A service kept all through the year, against one stopped for a season.
    "year-round": {"all year round", "all-year-round", "year-round", "year round"},
    "surplus": {"surplus", "surpluses", "balanced the budget", "balanced budget",
                "balanced its budget", "balanced their budget"},
    "deficit": {"deficit", "deficits"},
    "attend": _forms("attend") | {"took part in", "take part in", "takes part in"},
    "boycott": _forms("boycott", "skip") | {"skipped", "skipping", "missed", "stayed away from",
                                           "was absent from", "were absent from",
                                           "stay away from", "stays away from"},
    # ("successfully" is as often how another side thwarted the one who failed)
    "succeed": {"record harvest", "bumper", "reached orbit", "placed in orbit",
                # a test passed ("passed her driving test", "passed every safety test")
                "passed the test", "passed the exam", "passed her test", "passed his test",
                "passed their test", "passed her exam", "passed his exam", "passed their exams",
                "passed her driving test", "passed his driving test", "passed every",
                "passed inspection", "passed its inspection",
                "placed into orbit", "a triumph", "diplomatic triumph",
                "successful", "success", "succeeded in", "succeeds in", "box office hit",
                "smash hit", "a big hit", "a huge hit", "launched successfully",
                "successfully launched", "successful launch",
                # a government's vote of confidence ("survived" alone is a life)
                "survived a confidence vote", "survived a no-confidence vote",
                "survived the confidence vote", "survived the no-confidence vote",
                "survived a vote", "survived the vote", "won the confidence vote",
                "won a confidence vote", "won the vote of confidence",
                "won a vote of confidence"},
    "fail": {"failed", "fails", "failure", "unsuccessful", "flop", "flopped", "collapsed",
             "broke down", "breaks down", "fell apart", "lost the confidence vote",
             "lost a confidence vote", "lost the no-confidence vote", "lost a no-confidence vote",
             "lost the vote of confidence", "ousted in a no-confidence vote",
             "ousted in a confidence vote", "ousted in a vote", "voted out of office",
             "lost a vote of no confidence", "lost the vote of no confidence", "exploded",
             "forced out by a no-confidence vote", "forced out by a vote", "crops failed",
             "harvest failed", "crop failure", "went bust", "go bust", "goes bust",
             "allowed to fail", "allowed to collapse", "went bankrupt", "gone bankrupt",
             "filed for bankruptcy", "declared bankruptcy", "declared bankrupt",
             "ended in a diplomatic row", "ended in a row",
             # a dam that gave way ("the dam held": intact)
             "dam burst", "dams burst", "dam broke", "levee broke", "levees broke", "levee burst",
             "levees burst"},
    # Tickets gone, or left over.
    "sold out": {"sold out", "sells out", "sell out", "sold-out", "selling out", "sell-out",
                 "sellout"},
    "unsold": {"unsold", "still available", "remain available", "remained available",
               "remains available", "still on sale"},
    # A fire or an outbreak held, or not.
    "contained": {"under control", "was contained", "been contained", "fully contained",
                  "largely contained", "extinguished", "outbreak is over", "outbreak was over",
                  "outbreak has ended", "outbreak had ended", "declared over",
                  "epidemic is over"},
    "uncontrolled": {"out of control", "uncontrolled", "still burning", "still raging",
                     "raging", "still spreading", "still battling", "still fighting the",
                     "is spreading", "are spreading", "spreading to", "spread to new",
                     "new cases", "new infections",
                     # a fight not yet won ("firefighters are struggling to contain the blaze")
                     "struggling to contain", "struggling to control", "battling to contain",
                     "battling to control", "fighting to contain", "fighting to control"},
    # Out of hospital, or still in it.
    "discharged": {"discharged", "released from hospital", "left hospital", "left the hospital",
                   "sent home from hospital"},
    "hospitalised": {"in intensive care", "in hospital", "in the hospital", "hospitalised",
                     "hospitalized", "still in hospital"},
    # Alive, and in danger of dying.
    "critical": {"critical condition", "serious condition", "life-threatening condition",
                 "fighting for his life", "fighting for her life", "fighting for their lives"},
    # A rule or a decision still standing.
    "in force": {"in force", "remains in place", "remain in place", "remained in place",
                 "still in place", "in effect", "still applies", "still stands"},
    # Still going on: the opposite of an end ("continued" alone goes with too much: "continued
    # to see troop activity", "continued fighting" beside a suspension).
    "continue": {"ongoing", "getting worse", "still under way", "still underway", "still going on",
                 # "the strike is entering its third week"
                 "entering its", "entered its", "enters its",
                 # flights that "will carry on through the winter"
                 "carry on", "carries on", "carried on", "carrying on"},
    "missing": {"still missing", "remains missing", "remain missing", "remained missing",
                "still unaccounted for", "are missing", "is missing", "are still missing"},
    # Brought out alive ("rescued" is no body recovered, nor anyone still missing).
    "rescued": {"rescued", "managed to save", "saved the life", "saved his life", "saved her life",
                "saved their lives", "was saved", "were saved", "been saved"},
    # still held where they were caught: "four remain trapped underground"
    "trapped": {"remain trapped", "remains trapped", "still trapped", "are trapped", "is trapped",
                "are still trapped", "is still trapped"},
    "found": {"was found", "were found", "been found", "was located", "all accounted for",
              "were accounted for", "are accounted for", "is accounted for",
              "were located", "reunited with", "returned to its owner", "returned to its owners",
              "returned to his owner", "returned to her owner", "returned to their owner"},
    # Hurt, or not.
    "injured": {"injured", "wounded", "harmed", "hurt", "injury", "injuries"},
    "unhurt": {"unhurt", "unharmed", "uninjured", "escaped injury", "escaped unhurt"},
    # Out on strike, or back at work.
    "strike": {"on strike", "went on strike", "go on strike", "walked out", "walkout",
               "voted to strike", "vote to strike", "votes to strike"},
    "at work": {"strike ended", "strike is over", "strike was over", "strike has ended",
                "returned to work", "return to work", "back at work", "back to work",
                "called off the strike", "ended the strike", "strike was averted",
                "averted a strike", "averted the strike"},
    # A match drawn, or won ("drew" alone is as often drew criticism, or a crowd).
    "draw": {"ended in a draw", "ended in a tie", "was a draw", "goalless draw", "ended level",
             "ended all square"},
    # A flight's end.
    "landed": {"landed safely", "safe landing", "landed without incident", "arrived safely",
               "reached port", "docked safely", "safe stop", "landed on", "touched down",
               "landed at"},
    "crashed": {"crashed", "crash-landed", "crash landed", "sank", "sunk", "capsized",
                "ran aground", "derailed", "slammed into", "smashed into", "hit the surface",
                "hit the lunar surface"},
    # Held in the open, or not.
    "in public": {"in public", "open to the public", "publicly", "broadcast live", "televised",
                  "live on television"},
    "in private": {"in private", "behind closed doors", "privately", "in secret", "secretly"},
    # Who owns a company or a service: the state, or private owners.
    "state-owned": {"publicly owned", "publicly-owned", "state-owned", "state owned",
                    "owned by the state", "owned by the government", "government-owned",
                    "nationalised", "nationalized", "in public hands", "public ownership"},
    "privately owned": {"privately owned", "privately-owned", "owned by a private",
                        "owned by private", "privatised", "privatized", "in private hands",
                        "private ownership"},
    # An agreement or a term prolonged, or run out.
    "extend": {"extended", "renewed", "prolonged", "signed a new", "new contract",
               "contract extension"},
    "expire": {"expired", "expires", "expire", "expiring", "lapsed", "ran out"},
    "hire": {"hired", "hires", "hiring", "recruited", "recruiting"},
    # (a figure between is skipped: "cut 500 jobs" reads as "cut jobs")
    "lay off": {"laid off", "lay off", "lays off", "laying off", "layoffs", "layoff", "cut jobs",
                "cuts jobs", "cutting jobs", "job cuts", "shed jobs", "sheds jobs", "axed jobs",
                "slashed jobs", "lose their jobs", "lost their jobs", "losing their jobs",
                "job losses"},
    # Held inside, or in the open air.
    "indoors": {"indoors", "indoor"},
    "outdoors": {"outdoors", "outdoor", "in the open air", "open-air"},
    # Attended in the room, or from afar.
    "in person": {"in person", "face-to-face", "face to face", "flew to", "flew in for"},
    "remote": {"virtually", "by video", "via video", "video link", "remotely", "held online"},
    # Free to enter, or not.
    "free entry": {"free to enter", "free to visit", "free of charge", "free admission",
                   "free entry", "admission is free", "entry is free", "access is free",
                   "access to the site is free", "at no cost", "toll-free", "free to use"},
    "paid entry": {"pay to enter", "pay to visit", "must pay", "have to pay", "has to pay",
                   "tickets for", "tickets cost", "ticket prices", "tickets are priced",
                   "entry fee", "admission fee", "entrance fee", "charged for entry",
                   "charge for entry", "pay for entry", "pay for admission", "pay the toll",
                   "pay the full toll", "pay a toll", "pay tolls"},
    # A project's cost against its budget.
    "under budget": {"under budget", "within budget", "on budget", "cost less than expected",
                     "cost less than planned", "cheaper than expected", "cheaper than planned"},
    "over budget": {"over budget", "overran its budget", "over its budget",
                    "cost more than expected", "cost more than planned",
                    "dearer than expected", "more expensive than expected",
                    "more expensive than planned"},
    # A truce kept, or broken.
    "truce holds": {"ceasefire has held", "ceasefire held", "ceasefire is holding",
                    "ceasefire was holding", "truce has held", "truce held", "truce is holding",
                    "respected the ceasefire", "respected the truce"},
    "truce broken": {"broke the ceasefire", "breaking the ceasefire", "broken the ceasefire",
                     "violated the ceasefire", "violating the ceasefire", "ceasefire collapsed",
                     "broke the truce", "breaking the truce", "violated the truce",
                     "truce collapsed", "ceasefire violation", "ceasefire violations",
                     "fighting resumed", "fighting has resumed", "resumed fighting",
                     "fighting broke out again", "clashes resumed", "resumed attacks",
                     "resumed shelling"},
    # Through to the next round, or out.
    "qualify": {"qualified for", "qualifies for", "advanced to", "advances to", "through to",
                "booked a place", "booked their place", "booked its place"},
    "eliminated": {"eliminated", "knocked out", "crashed out", "failed to qualify",
                   "was knocked", "were knocked"},
    # For a while, or for good; by choice, or by law.
    # (as adverbs or said of something: "permanent residents" are no permanent measure)
    "temporary": {"temporarily", "is temporary", "was temporary", "be temporary",
                  "are temporary", "were temporary"},
    "permanent": {"permanently", "is permanent", "was permanent", "be permanent",
                  "are permanent", "were permanent", "for good"},
    "voluntary": {"voluntary", "optional"},
    "mandatory": {"mandatory", "compulsory", "obligatory"},
    # Left standing, or not.
    "destroyed": {"destroyed", "destroying", "razed", "flattened", "burned down", "burnt down",
                  "reduced to rubble", "devastated the", "toppled the", "uprooted", "burned up",
                  "destruction", "devastation", "widespread damage", "demolished", "bulldozed",
                  "knocked down to make way",
                  "extensive damage", "heavy damage", "severe damage",
                  # a wall or a hull broken through ("tore a 20-metre hole in the harbour wall")
                  "tore a hole", "ripped a hole", "blew a hole", "punched a hole", "was breached",
                  "were breached"},
    "intact": {"intact", "undamaged", "defused", "unscathed", "escaped damage", "left standing",
               "saved from demolition", "kept and restored",
               "withstood",
               "little damage", "minor damage", "spared by", "was spared", "were spared",
               "slight damage", "limited damage",
               # a dam or a flood defence that held the water back
               "dam held", "dams held", "defences held", "defenses held", "levee held",
               "levees held", "barrier held", "barriers held", "embankment held",
               "embankments held", "sea wall held"},
    # Into a market, or out of it.
    "enter": {"expanded into", "expands into", "expanding into", "moved into", "entered the"},
    # A couple apart, or not; a debt settled, or not.
    "split": {"split up", "had split", "have split", "has split", "broke up", "separated",
              "divorced"},
    "together": {"still together", "still married", "reconciled", "wedding anniversary"},
    "paid off": {"paid off", "repaid in full", "paid in full", "in full"},
    "owes": {"still owes", "still owe", "still owed"},
    # How much a thing costs, how often it is seen, whether it works, whether it is real.
    "overvalued": {"overvalued", "overpriced"},
    "undervalued": {"undervalued", "underpriced"},
    "cheap": {"cheap", "inexpensive", "affordable"},
    "expensive": {"expensive", "costly", "pricey", "costs a fortune", "cost a fortune"},
    # (said of a thing: "the most common isotope", "commonly known as" name no frequency)
    "common": {"is common", "are common", "was common", "were common", "common in",
               "widespread"},
    "rare": {"rare", "rarely"},
    "effective": {"effective"},
    "ineffective": {"ineffective"},
    "genuine": {"genuine", "authentic", "an original"},
    "fake": {"fake", "forgery", "forged", "counterfeit", "a copy"},
    # A test's result.
    "positive": {"tested positive", "tests positive", "test positive", "positive test"},
    "negative": {"tested negative", "tests negative", "test negative", "negative test"},
    # Standing for office once more ("will not run again" denies "will seek a third term").
    "run again": {"run again", "stand again", "seek re-election", "seek reelection",
                  "running for a second term", "running for a third term",
                  "running for a fourth term", "running for a fifth term",
                  "running for another term", "run for a fourth term", "seek a fifth term",
                  "run for re-election", "stand for re-election", "seek a second term",
                  "seek a third term", "seek a fourth term", "seek another term",
                  "run for a second term", "run for a third term", "run for another term",
                  "seeking re-election", "seeks re-election", "seeking a second term",
                  "seeking a third term", "seeking a fourth term", "seeking another term",
                  "seeks a second term", "seeks a third term", "seeks another term",
                  "running for re-election", "runs for re-election", "standing for re-election",
                  "stands for re-election"},
    # A league's bottom places: down a division, or safe.
    "relegated": {"relegated", "went down", "demoted", "dropped down a division",
                  "dropped a division", "went down a division"},
    "promoted": {"promoted to the", "won promotion", "gained promotion", "went up a division",
                 "was promoted", "were promoted", "been promoted"},
    "stayed up": {"avoided relegation", "escaped relegation", "survived relegation",
                  "stayed up", "avoid relegation", "escape relegation", "avoids relegation"},
    # A contest's place: won, or only second.
    "runner-up": {"finished second", "came second", "placed second", "runner-up", "runners-up",
                  "second place", "silver medal", "took silver", "won silver",
                  "finished as runner"},
    # A vote or a panel all of one mind, or divided.
    "unanimous": {"unanimous", "unanimously"},
    "divided": {"were split", "was split", "split decision", "split verdict", "split vote",
                "were divided", "was divided", "dissented", "dissenting", "by a single vote",
                "by one vote", "by just one vote", "narrowly approved", "narrowly passed"},
    # An election won by far, or only just.
    "landslide": {"by a landslide", "landslide victory", "landslide win", "won a landslide"},
    "narrow": {"narrowly", "narrow victory", "narrow win", "narrow margin", "by a whisker"},
    # A product taken off the market, or left on sale.
    "recalled": {"recalled the", "product recall", "pulled from shelves", "withdrawn from sale",
                 "taken off the market", "pulled from the market", "withdrawn from the market"},
    "on sale": {"stay on sale", "remain on sale", "stays on sale", "remains on sale",
                "stayed on sale", "remained on sale"},
    # Ended before its time.
    "ended early": {"closed early", "ended early", "cut short"},
    # Saved with public money.
    "bailed out": {"bailed out", "bailout", "rescued by the government", "rescued by the state"},
    # A species doing well, or vanishing.
    "thriving": {"thriving", "flourishing", "booming population"},
    "dying out": {"dying out", "close to extinction", "near extinction",
    "on the brink of extinction",
                  "critically endangered", "died out"},
    # Taken down, or still standing.
    "removed": {"was removed from", "were removed from", "taken down", "torn down", "pulled down"},
    "standing": {"still standing"},
    # Help in time, or too late.
    "in time": {"in time", "just in time"},
    "too late": {"too late", "arrived late"},
    # Hung wrong, or right.
    "upside down": {"upside down", "upside-down"},
    "right way up": {"right way up", "right way round"},
    # Power cut off, or kept on.
    "power off": {"knocked out power", "power cut", "power cuts", "lost power", "blackout"},
    "power on": {"kept its power", "kept power", "power stayed on", "never lost power"},
    # A parliament sent home early, or left to sit out its term.
    "dissolved": {"was dissolved", "parliament dissolved", "dissolved parliament",
                  "dissolve parliament", "dissolved the parliament"},
    "full term": {"full term", "serve out its term", "serve out its full term"},
    # A waiting list cleared, or people still waiting.
    "cleared": {"cleared its waiting list", "cleared the waiting list", "cleared the backlog",
                "cleared its backlog"},
    "waiting": {"still waiting", "still wait"},
    # Sent back at a border or a port.
    "refused entry": {"turned away", "turned the ship away", "turned the ships away", "sent back",
                      "denied entry", "refused entry"},
    # A wedding called off, or held.
    "wedding off": {"cancelled her wedding", "cancelled his wedding", "canceled her wedding",
                    "canceled his wedding", "called off the wedding", "called off her wedding",
                    "called off his wedding", "called off their wedding",
                    "wedding was called off", "wedding was cancelled", "wedding was canceled"},
    "married": {"married", "got married", "tied the knot"},
    # An agreement reached ("deal" alone is as often a verb: "deal with the crisis"); a takeover
    # is one ("a 2.1 billion euro takeover", "a deal valued at about two billion euros").
    "deal": {"agreement", "accord", "pact", "a deal", "the deal", "no deal", "takeover",
             "acquisition", "merger", "buyout"},
    # A league table's ends.
    "top": {"top of the league", "top of the table", "tops the league", "topped the league",
            "tops the table", "topped the table", "won the league", "won the league title"},
    "bottom": {"bottom of the league", "bottom of the table"},
    # Talks or work moving, or stuck.
    "progress": {"making progress", "made progress", "make progress", "rapid progress",
                 "good progress", "significant progress", "real progress", "breakthrough"},
    "stalled": {"stalled", "deadlocked", "at an impasse", "at a standstill", "deadlock",
                "ended in deadlock", "ended in stalemate"},
    # Gone elsewhere, or where it was.
    "relocate": {"relocated", "relocates", "relocating", "moved its headquarters",
                 # taken back where it came from ("flown back to China")
                 "flown back to", "flew back to", "shipped back to", "flown home to",
                 "flew home to",
                 "moves its headquarters", "moved its head office", "moving its headquarters",
                 "moving its head office", "move its headquarters", "move its head office",
                 "moves its head office"},
    "expel": {"expelled", "deported", "kicked out", "ordered to leave"},
    # More than ever, against a fall.
    "record": {"than ever before", "more than ever", "record number", "record numbers",
               "record year"},
    # Out of the game for good, or still in it; a volcano asleep, or awake.
    "retire": {"retired from", "has retired", "have retired", "announced his retirement",
               "announced her retirement", "hung up his boots", "hung up her boots"},
    "compete": {"will compete", "to compete at", "will race", "will play at", "comeback",
                "return to competition", "preparing for next", "training for next",
                "named in the squad", "named in the national squad", "named in the team",
                "called up to the squad", "recalled to the squad"},
    "dormant": {"dormant", "inactive"},
    "erupt": {"erupted", "erupts", "eruption", "erupting"},
    # A speech cheered, or jeered; a patient well again, or not.
    "acclaimed": {"well received", "warmly received", "applauded", "standing ovation",
                  "cheered"},
    "jeered": {"booed", "jeered", "heckled", "poorly received", "badly received"},
    "recovered": {"full recovery", "fully recovered", "recovered fully", "has recovered from",
                  "recovered from his", "recovered from her"},
    "disabled": {"paralysed", "paralyzed", "permanently disabled", "left disabled"},
    # A place taken, or still held ("captured" alone is as often a suspect caught).
    "taken": {"captured the town", "captured the city", "captured the village",
              "seized the town", "seized the city", "seized the village", "took control of",
              "taken control of", "fell to rebels", "fell to the rebels", "captured the airport",
              "seized the airport"},
    "held": {"still control", "still controls", "still hold", "still holds", "remain in control",
             "remained in control", "retained control", "still in control", "kept control of",
             "keep control of",
             "recaptured the town", "recaptured the city", "recaptured the village",
             "retook the town", "retook the city", "retook the village", "drove the rebels out",
             "drove rebels out", "drove out the rebels"},
    # A player able to play, or out ("ruled out" alone is as often an option ruled out).
    "fit": {"fit to play", "fit to start", "fully fit", "passed fit", "declared fit",
            # ("played the full 90 minutes": concepts are read without figures)
            "played the full", "played the whole match", "played the entire match"},
    "sidelined": {"sidelined", "ruled out of", "through injury", "out injured", "sent off",
                  "miss the rest of the season", "out for the season",
                  "with an injury"},
    # A lawsuit's outcome.
    "liable": {"pay damages", "awarded damages", "found liable", "won the lawsuit",
               "won the case", "ruled in favour of", "ruled in favor of"},
    "case dismissed": {"dismissed the lawsuit", "dismissed the case", "threw out the lawsuit",
                       "threw out the case", "lawsuit was dismissed", "case was dismissed",
                       "lost the lawsuit", "lost the case"},
    # Owned still, or sold.
    "own": {"still owns", "still own", "still holds a", "still has a stake", "retains a stake",
            "kept a stake", "keeps a stake"},
    "sold": {"sold all", "sold his stake", "sold her stake", "sold its stake", "sold their stake",
             "sold his shares", "sold her shares", "sold its shares", "sold off"},
    # Leaving, in a vote, against staying.
    "leave": {"voted to leave", "vote to leave", "votes to leave", "voting to leave",
              # a member who changed sides
              "switched to the", "defected to", "crossed the floor",
              # a crew off its ship
              "abandoned ship", "abandoned the ship", "abandoned the vessel",
              "abandoned the burning"},
    # Full, or empty.
    "full": {"is full", "was full", "are full", "were full", "full to capacity", "fully booked",
             "was packed", "were packed", "packed house", "full house", "every seat was taken",
             "every seat taken", "not a seat to spare", "brimming", "full to the brim",
             "filled to the brim"},
    "empty": {"run dry", "ran dry", "running dry", "runs dry", "dried up", "is empty", "was empty",
              "are empty", "were empty", "lies empty", "stands empty", "stood empty",
              "barely a puddle"},
    # Seats left over ("played to half-empty halls"), against a house sold out or full; not
    # shelves emptied, which a sell-out leaves.
    "unfilled": {"half-empty", "half empty", "empty seats", "empty halls", "empty stands",
                 "empty venues", "sparse crowd", "sparse crowds", "poorly attended",
                 "thin crowd", "thin crowds"},
    # A thing kept, against one lost or moved ("kept its three Michelin stars", "retained his
    # seat", "kept its headquarters in Paris").
    "retain": {"kept its", "kept his", "kept her", "kept their", "keeps its", "retained its",
               "retained his", "retained her", "retained their", "retains its", "held on to",
               "holds on to", "hung on to", "defended his title", "defended her title",
               "defended their title", "retained the title", "allowed to keep", "keep its",
               "keep all its", "keep all of its", "kept all its", "kept all of its",
               "keeps all of its"},
    # Weather at sea, calm or not.
    "calm": {"calm weather", "calm seas", "calm conditions", "calm waters", "calm water"},
    "stormy": {"violent storm", "in a storm", "during a storm", "in a gale", "rough seas",
               "heavy seas", "stormy"},
    # A season of rain, or of none.
    "wet": {"wettest", "rainiest", "record rainfall"},
    "dry": {"driest", "drought", "droughts", "dry spell"},
    # Enough of a thing, or too little.
    "enough": {"enough", "sufficient", "plenty of", "adequate"},
    "shortage": {"ran out of", "run out of", "running out of", "runs out of", "shortage",
                 "shortages", "short of", "scarce", "scarcity"},
    # A flight that turned back.
    "diverted": {"turned back", "turn back", "turns back", "forced to return", "was diverted",
                 "were diverted", "diverted to", "returned to the airport"},
    # A side not beaten yet.
    "unbeaten": {"unbeaten", "undefeated", "yet to lose", "without a defeat", "without defeat",
                 "perfect record"},
    # A match without goals, or with some.
    "goalless": {"goalless", "scoreless", "nil-nil", "without a goal", "clean sheet"},
    "scored": {"let in", "lets in", "letting in", "scored twice", "scored three times",
               "scored a goal", "scored two goals",
               "scored the opener", "scored the winner", "scored the only goal", "scored a penalty",
               "scored an equaliser", "scored a hat-trick", "scored the opening goal", "netted",
               "found the net", "conceded a goal", "conceded two goals", "conceded three goals",
               "conceded twice", "conceded three times", "conceded a penalty"},
    # A ship still on the water.
    "afloat": {"stayed afloat", "remained afloat", "kept afloat", "still afloat", "stay afloat"},
    "higher": {"higher", "more", "larger", "bigger", "greater", "record high", "all-time high",
               "highest"},
    "lower": {"lower", "fewer", "less", "smaller", "record low", "all-time low", "lowest",
              "two-year low", "three-year low", "five-year low", "ten-year low", "decade low",
              "multi-year low"},
}  # fmt: skip
OPPOSITES: set[frozenset[str]] = {
    frozenset(p)
    for p in [
        ("withdraw", "buildup"), ("withdraw", "remain"), ("increase", "decrease"),
        ("win", "lose"), ("accept", "reject"), ("open", "close"), ("allow", "ban"),
        ("confirm", "deny"), ("support", "oppose"), ("start", "stop"), ("alive", "dead"),
        ("ease", "escalate"), ("guilty", "innocent"), ("legal", "illegal"),
        ("safe", "unsafe"), ("lift", "impose"), ("strengthen", "weaken"),
        ("higher", "lower"), ("profit", "lose"), ("resign", "remain"),
        ("deliberate", "accidental"), ("cancel", "proceed"), ("postpone", "proceed"),
        ("peaceful", "violent"), ("uphold", "overturn"), ("custody", "free"),
        ("unchanged", "increase"), ("unchanged", "decrease"), ("operate", "close"),
        ("operate", "stop"), ("surplus", "deficit"), ("attend", "boycott"),
        ("succeed", "fail"), ("sold out", "unsold"), ("contained", "uncontrolled"),
        ("discharged", "hospitalised"), ("lift", "in force"), ("overturn", "in force"),
        ("cancel", "in force"), ("stop", "continue"), ("missing", "found"),
        ("missing", "rescued"), ("dead", "rescued"), ("trapped", "rescued"),
        ("hire", "lay off"), ("injured", "unhurt"), ("strike", "at work"), ("draw", "win"),
        ("draw", "lose"), ("landed", "crashed"), ("in public", "in private"),
        ("state-owned", "privately owned"),
        ("extend", "expire"), ("indoors", "outdoors"),
        ("in person", "remote"), ("free entry", "paid entry"), ("under budget", "over budget"),
        ("truce holds", "truce broken"), ("qualify", "eliminated"),
        ("temporary", "permanent"), ("voluntary", "mandatory"), ("destroyed", "intact"),
        ("positive", "negative"), ("cheap", "expensive"), ("common", "rare"),
        ("at large", "custody"), ("at large", "caught"), ("at large", "found"), ("top", "bottom"),
        ("effective", "ineffective"), ("genuine", "fake"),
        ("overvalued", "undervalued"), ("lift", "extend"),
        ("enter", "withdraw"), ("win", "withdraw"), ("split", "together"), ("paid off", "owes"),
        ("fit", "sidelined"), ("fit", "injured"), ("liable", "case dismissed"),
        ("progress", "stalled"), ("relocate", "remain"), ("expel", "remain"),
        ("record", "decrease"), ("retire", "compete"), ("dormant", "erupt"),
        ("acclaimed", "jeered"), ("recovered", "disabled"), ("taken", "held"),
        ("runner-up", "win"), ("unanimous", "divided"), ("relegated", "stayed up"),
        ("resign", "extend"), ("retain", "lose"), ("retain", "relocate"), ("retain", "close"),
        ("retain", "lay off"), ("proceed", "diverted"),
        ("enough", "shortage"), ("landed", "diverted"), ("unbeaten", "lose"),
        ("goalless", "scored"), ("crashed", "afloat"), ("fail", "intact"), ("cancel", "strike"),
        ("unhurt", "dead"), ("fit", "boycott"), ("runner-up", "top"), ("own", "sold"),
        ("leave", "remain"), ("full", "empty"), ("full", "unfilled"),
        ("sold out", "unfilled"), ("proceed", "stop"), ("wedding off", "married"),
        ("allow", "refused entry"), ("open", "refused entry"),
        ("relegated", "promoted"), ("landslide", "narrow"), ("recalled", "on sale"),
        ("extend", "ended early"), ("retire", "extend"), ("recovered", "sidelined"),
        ("power off", "power on"), ("dissolved", "full term"), ("cleared", "waiting"),
        ("at work", "continue"), ("bailed out", "fail"), ("thriving", "dying out"),
        ("upside down", "right way up"), ("removed", "standing"), ("removed", "in force"),
        ("in time", "too late"), ("accept", "strike"), ("wet", "dry"),
        ("calm", "stormy"), ("critical", "dead"), ("critical", "discharged"),
        ("critical", "unhurt"), ("free", "dead"), ("year-round", "stop"), ("year-round", "close"),
    ]
}  # fmt: skip
# Opposite movements of a measure ("rose", "fell"), and a stop and a start ("grounded on
# Tuesday", "resumed on Wednesday"): they happen again and again, so they conflict only for one
# thing at one time.
MOVEMENTS: set[frozenset[str]] = {
    frozenset(p)
    for p in [("increase", "decrease"), ("higher", "lower"), ("strengthen", "weaken"),
              ("ease", "escalate"), ("unchanged", "increase"), ("unchanged", "decrease"),
              ("record", "decrease"), ("start", "stop")]
}  # fmt: skip


# Concepts close enough that a denial of one bears on an assertion of the other.
# (Calling off, putting off and suspending are one kind of event; a share of the vote is what is
# won, so figures for each are of one thing.)
RELATED: set[frozenset[str]] = {
    frozenset(p)
    for p in [("withdraw", "decrease"), ("cancel", "stop"), ("postpone", "stop"),
              ("cancel", "postpone"), ("share won", "win")]
}  # fmt: skip
# The rates that measure a concept as a share ("turnout" is the share of voters who attend): a
# share its clause calls one is of that concept ("Turnout was 72 percent" against "fewer than half
# of voters took part"), though the rate names no event itself.
MEASURED_BY = {"turnout": "attend", "participation": "attend"}
_PHRASES = sorted(
    ((form, concept) for concept, forms in CONCEPTS.items() for form in forms if " " in form),
    key=lambda item: -len(item[0]),
)
_WORD_CONCEPT = {
    form: concept for concept, forms in CONCEPTS.items() for form in forms if " " not in form
}

# Opposite places in one contest: two sides may take one each.
RIVALRIES: set[frozenset[str]] = {
    frozenset(p)
    for p in [("win", "lose"), ("runner-up", "win"), ("qualify", "eliminated"),
              ("relegated", "stayed up"), ("unbeaten", "lose"), ("runner-up", "top")]
}  # fmt: skip


def _read(text: str) -> str:
    """The text's words as concepts are looked up in them: lower-cased, space-framed, without
    figures and owners, and without "the opposition" (which opposes nothing)."""
    text = lexicon.OPPOSITION_SIDE.sub("", text)
    kept = (t for t in tokens(text) if not t[0].isdigit() and not t.endswith("'s"))
    return " " + " ".join(kept) + " "


@lru_cache(maxsize=8192)
def concepts(text: str) -> frozenset[str]:
    """The folded concepts a text mentions ("pulled back" and "withdrew" both give withdraw).
    Phrases are read past a figure or an owner ("cut 500 jobs", "dismissed the actor's
    lawsuit")."""
    lowered = _read(text)
    found: set[str] = set()
    for phrase, concept in _PHRASES:
        if f" {phrase} " in lowered:
            found.add(concept)
            lowered = lowered.replace(f" {phrase} ", " ")
    found |= {_WORD_CONCEPT[w] for w in lowered.split() if w in _WORD_CONCEPT}
    return frozenset(found)


def wording(text: str, concept: str) -> str:
    """The words by which ``text`` names ``concept``, lower-cased, as ``concepts`` finds them
    ("missed" for boycott in "The minister missed the summit", "pulled back" for withdraw); the
    concept itself where the text names it in no form of it."""
    lowered = _read(text)
    for phrase, named in _PHRASES:
        if named == concept and f" {phrase} " in lowered:
            return phrase
    return next((w for w in lowered.split() if _WORD_CONCEPT.get(w) == concept), concept)


def is_concept_word(word: str) -> bool:
    """The word alone names a concept ("withdrew", "closed"; lower-cased)."""
    return word in _WORD_CONCEPT
