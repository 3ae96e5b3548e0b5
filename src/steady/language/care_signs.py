"""The care signs, as data: what people write when they do not want to live, are hurting
themselves, or are afraid of their partner.

Written from public sources, named sign by sign in docs/care.md: the Columbia Suicide
Severity Rating Scale's screening questions, the warning signs that crisis services
publish (being a burden, no way out, saying goodbye, giving things away, a plan or a
means), self-injury in its everyday words, and the signs of abuse and coercive control
that domestic-abuse services list. `steady.language.safety` reads them.

Each phrase is a regular expression over normalised text (lower case, straight
apostrophes, text-speak spelled out, figures of speech blanked). `{name}` stands for a
slot below. Keep phrases general (a slot, a word class, a frame), never one sentence:
they are measured on text nobody here wrote (tests/corpora/care, docs/care.md).
"""

from __future__ import annotations

from steady.language.safety import Concern, Sign

SELF_HARM = Concern.SELF_HARM
FEAR = Concern.FEAR_OF_PARTNER

# Text-speak, missing apostrophes and frequent misspellings, spelled out before matching.
SPELLED_OUT: dict[str, str] = {
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "arent": "aren't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "aint": "ain't",
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "youre": "you're",
    "theyre": "they're",
    "hes": "he's",
    "shes": "she's",
    "hed": "he'd",
    "shed": "she'd",
    "hell": "he'll",
    "whats": "what's",
    "thats": "that's",
    "theres": "there's",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "kinda": "kind of",
    "sorta": "sort of",
    "tryna": "trying to",
    "lemme": "let me",
    "gimme": "give me",
    "kms": "kill myself",
    "kmsl": "kill myself",
    "kys": "kill yourself",
    "u": "you",
    "ur": "your",
    "r": "are",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "bcuz": "because",
    "rn": "right now",
    "idk": "i don't know",
    "idc": "i don't care",
    "ppl": "people",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "ngl": "not going to lie",
    "tbh": "to be honest",
    "smth": "something",
    "abt": "about",
    "tho": "though",
    "thru": "through",
    "rly": "really",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tonite": "tonight",
    "2morrow": "tomorrow",
    "d1e": "die",
    "dye": "dye",
    "k1ll": "kill",
    "su1cide": "suicide",
    "su1cidal": "suicidal",
    "suicde": "suicide",
    "sucide": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicidial": "suicidal",
    "commiting": "committing",
    "comitting": "committing",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "disapear": "disappear",
    "unaliving": "unalive",
    "unalived": "unalive",
    "myslef": "myself",
    "mysef": "myself",
    "myelf": "myself",
    "mself": "myself",
    "evryone": "everyone",
    "everyon": "everyone",
    "every1": "everyone",
    "evry1": "everyone",
    "noone": "no one",
    "no1": "no one",
    "some1": "someone",
    "wiv": "with",
    # Scots and other spoken spellings.
    "masel": "myself",
    "mysel": "myself",
    "masell": "myself",
    "killin": "killing",
    "cuttin": "cutting",
    "thinkin": "thinking",
    "goin": "going",
    "bein": "being",
    "doin": "doing",
    "livin": "living",
    "dyin": "dying",
    "wantin": "wanting",
    "nothin": "nothing",
    "nuthin": "nothing",
    "somethin": "something",
    "deid": "dead",
    "heid": "head",
    "tae": "to",
    "dinnae": "don't",
    "didnae": "didn't",
    "cannae": "can't",
    "wouldnae": "wouldn't",
    "isnae": "isn't",
    "wisnae": "wasn't",
    "disnae": "doesn't",
    "gonnae": "going to",
    "whit": "what",
    "whits": "what's",
    "nae": "no",
    "fur": "for",
    "oot": "out",
    "aboot": "about",
    "hoose": "house",
    "morra": "tomorrow",
    "anymair": "anymore",
    "fae": "from",
    "wi": "with",
    "sui": "sui",
    "tryin": "trying",
    # Jamaican, Nigerian Pidgin and Scots spellings seen in journals.
    "miself": "myself",
    "mi": "me",
    "cyaan": "can't",
    "cyan": "can't",
    "kyaan": "can't",
    "tek": "take",
    "fi": "to",
    "wid": "with",
    "seh": "said",
    "nuh": "don't",
    "pon": "on",
    "dis": "this",
    "di": "the",
    "dem": "them",
    "yuh": "you",
    "lef": "leave",
    "fraid": "afraid",
    "nutten": "nothing",
    "bodda": "bother",
    "mek": "make",
    "fambily": "family",
    "shoulda": "should have",
    "woulda": "would have",
    "jist": "just",
    "himsel": "himself",
    "hersel": "herself",
    "a'm": "i'm",
    "a've": "i've",
    "widnae": "wouldn't",
    "aff": "off",
    "wis": "was",
    "ma": "my",
    "intae": "into",
    "dae": "do",
    "naw": "no",
    "ye": "you",
    "followin": "following",
    "swingin": "swinging",
    "stayin": "staying",
    "shakin": "shaking",
    "w/o": "without",
    "w/": "with",
    "b/c": "because",
    "any more": "anymore",
}

# Words written with a letter starred out ("k*ll", "s*icide"), read back when one fits.
CENSORED: tuple[str, ...] = (
    "kill",
    "kills",
    "killing",
    "killed",
    "suicide",
    "suicidal",
    "die",
    "dying",
    "dead",
    "death",
    "cut",
    "cutting",
    "harm",
    "myself",
)

# Slots: the word classes the phrases are built from.
SLOTS: dict[str, str] = {
    "self": r"myself|my self|my own self|meself",
    "kill": r"kill|kills|killing|killed|kil|kiling",
    "partner_noun": (
        r"partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?|spouse|ex|ex-partner"
        r"|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|man|girl|other half|former husband|former "
        r"wife|former partner|ex husband|ex wife"
    ),
    # The partner as the one doing something; the config's partner_name joins it.
    "partner": r"he|she|they|my {partner_noun}|the {partner_noun}|his|her|husband|wife|"
    r"boyfriend|girlfriend|ex|partner|fianc[eé]e?",
    "partner_obj": r"him|her|them|my {partner_noun}",
    "their": r"his|her|their",
    "gap": r"(?:[\w'~]+ ){0,3}",
    "gap2": r"(?:[\w'~]+ ){0,2}",
    "adv": r"(?:just |really |so |even |still |always |actually |honestly |seriously |keep |kept |"
    r"f\*+ing |fucking |freaking |effing |bloody |fcking |friggin |"
    r"literally |sometimes |often |now |again |kind of |sort of |secretly |almost |partly |"
    r"genuinely |truly |completely |simply |quietly |totally |desperately |only |"
    r"kinda |almost |more and more |constantly |at times ){0,2}",
    # Wanting, hoping, planning: the frame of a wish or an intent.
    "want": r"want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hopes|hoped|hoping|"
    r"pray|prays|prayed|praying|long|longing|ready|deserve|deserves|deserved|should|"
    r"need|needs|going|plan|planning|planned|intend|intending|decided|would like|'d like|"
    r"try|trying|tried|crave|craving|yearn|yearning|envy|envying|dream of|dreaming of|"
    r"dreaming about|fantasi[sz]e about|fantasi[sz]ing about|would love|'d love|might|"
    r"could|will|'ll|am going|about|about to|meant",
    # Being dead or not being, as the object of that frame.
    "die": r"die|die already|be dead|not be alive|not be here|not be around|not exist|"
    r"not be anymore|not be|be gone|stop living|stop being alive|stop existing|"
    r"cease to exist|cease existing|end it all|end things|end my life|end it|"
    r"not wake up|never wake up|be with (?:my )?(?:\w+ )?in heaven|sleep forever|"
    r"disappear forever|vanish forever|go away permanently|go away forever|"
    r"leave this world|leave this earth|not live|stop breathing|fade away|"
    r"be gone forever|be gone for good|kill {self}|unalive {self}|unalive",
    # A state of not being alive, after "if I …" or "when I'm …".
    "dead_state": r"died|die|was dead|were dead|am dead|'m dead|(?:simply |just )?stopped being "
    r"alive|(?:just )?stopped existing|"
    r"wasn't around|weren't around|wasn't alive|weren't alive|was gone|were gone|'m gone|"
    r"am gone|disappeared|killed {self}|kill {self}|didn't wake up|don't wake up|"
    r"never woke up|didn't exist|stopped existing|ended it|end it|wasn't in the picture",
    "pills": r"pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol"
    r"|tylenol|ibuprofen|insulin|antidepressants|pill bottles?|prescription|everything in "
    r"the medicine cabinet|the whole bottle|the bottle",
    "high_place": r"bridge|building|roof|rooftop|balcony|cliff|cliffs|tower|car park|"
    r"parking garage|overpass|window|ledge|edge|platform|train tracks|tracks|motorway bridge",
    "body": r"arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body|ankles?|forearms?|"
    r"chest|belly|face|hands?|knuckles|head|fingers?|shoulders?|neck|throat",
    "evaluation": r"better|easier|relie\w*|kinder|free|freer|mind|good|fine|worst|care|"
    r"notice|miss|lose|lost|over it|happier|lighter|peace|peaceful|simpler|okay|ok|"
    r"matter|difference|glad|grateful|thankful|a favou?r|welcome|nothing|no one|nobody|"
    r"wouldn't|won't",
    "harm_verb": r"cut|cutting|cuts|burn|burning|burned|burnt|harm|harming|harmed|"
    r"scratch|scratching|scratched|starve|starving|starved|punish|punishing|punished|"
    r"injure|injuring|injured|mutilate|mutilating|mutilated|carve|carving|carved|"
    r"hurt|hurting|hurts|hit|hitting|punch|punching|punched|bite|biting|bit|bang|banging|"
    r"banged|slam|slamming|slammed|stab|stabbing|stabbed|bruise|bruising|bruised|"
    r"choke|choking|choked|strangle|strangling|strangled|suffocate|suffocating|"
    r"poison|poisoning|poisoned|drown|drowning|drowned|shoot|shooting|shot|hang|hanging|"
    r"hanged|gas|gassing|electrocute|electrocuting|overdose|overdosing|overdosed|"
    r"drink|drinking|drank|bleed|bleeding|bled|break|breaking|broke|rub|rubbing|rubbed|"
    r"pinch|pinching|pinched|pull|pulling|pulled",
    # Violence done to someone, by the one doing it (past, present and ongoing).
    "violent": r"hit|hits|hitting|slapped|slaps|slapping|slap|punched|punches|punching|punch|"
    r"kicked|kicks|kicking|kick|choked|chokes|choking|choke|strangled|strangles|strangling|"
    r"strangle|shoved|shoves|shoving|shove|pushed|pushes|pushing|push|grabbed|grabs|grabbing|"
    r"grab|beat|beats|beating|beaten|bit|bites|biting|burned|burnt|burns|burning|dragged|"
    r"drags|dragging|restrained|restrains|shook|shakes|shaking|spat on|spits on|spit on|"
    r"threw|throws|throwing|pinned|pins|pinning|smacked|smacks|smacking|smack|elbowed|"
    r"headbutted|stabbed|stabs|attacked|attacks|attacking|assaulted|assaults|"
    r"injured|bruised|suffocated|suffocates|smothered|scratched|scratches|pressed|presses|"
    r"pressing|crushed|crushes|"
    r"squeezed|squeezes|squeezing|twisted|twists|twisting|slammed|slams|slamming|"
    r"tripped|trips|flung|hurled|thumped|thumps|whacked|whacks|clawed|bashed|"
    r"knocked|knocks|head-butted|backhanded|pulled|pulls|yanked|yanks|held down|holds down|"
    r"pushed down|put {their} hands? (?:on|around|round)|raised {their} (?:hand|fist)s? (?:to|at)",
    "hurt_verb": r"hurt|kill|hit|beat|stab|strangle|choke|shoot|burn|break|smash|"
    r"end|finish|destroy|ruin|get|find|punch|kick|slap|drown|bury",
    "says": r"says|said|say|told me|tells me|keeps saying|kept saying|swore|swears|"
    r"promised|promises|texted|texts|screamed|screams|shouted|shouts|yelled|yells|"
    r"whispered|whispers|warned|warns|threatened|threatens|threatening|messaged|"
    r"wrote|writes|reminds me|reminded me|made it clear|let me know|informed me",
    "will": r"'ll|'d| will| would| is going to| was going to| are going to| were going to|"
    r" is gonna| going to| could| might| can",
    "threat_outcome": r"{hurt_verb}|take (?:the|my|our|away the) (?:kids|children|baby|son|"
    r"daughter|dog|cat|house|money|car)|make (?:me|sure|my|you) (?:pay|regret|sorry|suffer|"
    r"walk away|end up|lose|never)|ruin|find me|destroy|leave me with nothing|throw me out|"
    r"kick me out|tell (?:the police|everyone|my|people|social services|the court|them)|"
    r"report me|send|post|share|show (?:people|everyone|my)|regret|end up|go missing|"
    r"(?:ring|call|phone|report me to|tell) (?:immigration|the home office|social services)|"
    r"(?:buy|get|find) (?:a|a real) (?:gun|knife)|"
    r"make (?:me|us) and (?:the|my|our) \w+ (?:pay|suffer|regret)|"
    r"disappear|get custody|walk away with nothing|turn up|show up|come after|make a scene|"
    r"never see|lose (?:the|my|our) (?:kids|children|baby|house|job)|have me (?:sectioned|"
    r"committed|deported|arrested)|call (?:immigration|the police|social services)|"
    r"kill (?:himself|herself|themselves)|hurt (?:himself|herself|themselves)|"
    r"make my life hell|take everything|leave me with",
    "money": r"money|paycheck|paycheque|pay|wages|salary|bank cards?|cards|debit card|"
    r"credit cards?|benefits|earnings|savings|pin|accounts?|bank|bank app|banking|cash|"
    r"allowance|loans?|debts?|bills|receipts?|penny|pennies|petrol|fuel|budget|purse|wallet|"
    r"finances|pension|inheritance|car|job|work|uniform|shifts?|income|statements?|disability "
    r"payment|disability money|benefit|universal credit|carer's allowance",
    "phone_thing": r"phone|messages|texts|emails?|dms|chats|whatsapp|social media|instagram|"
    r"insta|facebook|snapchat|tiktok|calls|call log|call history|browser history|laptop|"
    r"passwords?|passcodes?|pin|mail|post|contacts|location|apps?|accounts?|search history|"
    r"camera roll|photos|ipad|tablet|computer|bag|handbag|purse|pockets|drawers|diary|journal",
    "kin": r"friends|family|mum|mom|mother|dad|father|parents|sister|brother|siblings|"
    r"cousins?|colleagues|coworkers|co-workers|workmates|neighbours|neighbors|anyone|"
    r"people|my own family|nan|gran|grandma|aunt|uncle|therapist|doctor|gp|church|"
    r"friend|best friend|mates",
}

# A negation that governs what follows it: "I'm not", "I would never", "no thoughts of".
# A hedge after it ("I don't know if", "not sure") leaves the sign standing.
NEGATION = (
    r"(?<!reason )(?<!reasons )(?<!trying )(?<!try )(?<!tried )(?<!fighting )(?<!struggling )"
    r"(?<!hard )(?<!how )(?<!promised )(?<!promise )"
    r"\b(?:not|never|no longer|don't|do not|doesn't|does not|didn't|did not|won't|will not|"
    r"wouldn't|would not|isn't|is not|wasn't|ain't|am not|nor|no|zero|haven't|have not|"
    r"hasn't|has not|hadn't|had not|never once)\b"
    r"(?! (?:know|sure|think|care|mind|see|understand|remember|certain|even know|"
    r"matter|one|way|point|reason|longer|idea|clue)\b)"
    # Only light words between: "not going to", "no thoughts of", "never been", "haven't felt".
    r"(?: (?:be|been|being|going|gonna|to|ever|even|really|actually|feel|feeling|felt|so|"
    r"that|i|i'm|am|have|having|had|got|get|getting|a|any|thoughts|thinking|thought|of|about|"
    r"planning|planned|intend|intending|do|doing|anything|it|again|at all|remotely|in any "
    r"way|seriously|currently|right now|today|tonight|atm|been feeling)){0,4}"
)
# Where the reach of a negation ends.
CLAUSE_BARRIER = r"[.!?;,:\n()]|\b(?:but|though|although|yet|except|and then|so|because)\b"
# An answer of no, just after: "… thoughts of suicide and honestly no, not at all".
ANSWERED_NO = r"^[^.!?;\n]{0,12}\b(?:and |but )?(?:honestly |really |definitely )?(?:no|nope|none|not at all|never)\b(?=\s*(?:[,.!?;]|$|not at all))"
# A question someone asked (a clinician's screening): only an answer of yes counts.
REPORTED_QUESTION = r"\b(?:asked|asks|ask|asking|questions?|screening|screened|questionnaire|form|phq-9|survey)\b[^.!?;\n]*\b(?:if|whether|about|for|on|the usual|the standard|routine)\b"
# A question answered no just after it: "any thoughts of being better off dead? No."
QUESTION_ANSWERED_NO = (
    r"^[^.!;\n]*\?\s*(?:and |honestly |really |definitely )?(?:no|nope|never|none|not at all)\b"
)
ANSWERED_YES = r"\bi lied\b|\bthat (?:was|wasn't) (?:a lie|true)\b|\b(?:the )?(?:real|true|honest) answer (?:is|was)\b|\bthat was a yes\b|\ba yes (?:too|as well)\b|\b(?:i|and i) (?:said|answered|told (?:her|him|them)|admitted|had to say) (?:yes|yeah|that i (?:do|have|did|am|was))\b|\b(?:and |but )?(?:honestly |actually )?(?:yes|yeah)\b"
# What someone writes to say they are safe: then the model does not add a concern of its own
# (the phrases still speak for themselves).
SAYS_SAFE = r"\b(?:i'm|i am) (?:not suicidal|safe|safe for now|okay for now)\b|\bi (?:want|really want) to (?:live|get better|feel better|stay alive|be here)\b|\bi (?:don't|do not) want to die\b"
# Play: a laugh or a joke marker in the same sentence.
PLAY = r"(?:😂|🤣|😆|😅|😜|😝|😹|🙃|😛|😋|🤪|😁|\blol\b|\bjoked\b|\bjokes\b|\bjokingly\b|\blmao\b|\blmfao\b|\bhaha\w*|\bhehe\w*|\bjk\b|\bjoking\b|\bkidding\b|\bteasing\b|\bplayfully\b|\bplay fight\w*|\bin jest\b)"

# Figures of speech, blanked out before any sign is looked for.
FIGURES_OF_SPEECH: tuple[str, ...] = (
    # Round 5: everyday scenes that borrow the words.
    r"\b(?:cutting|bulking) (?:for (?:the |a |my )?(?:comp|competition|show|meet|fight|summer|"
    r"weigh-in)|season|phase|cycle)\b",
    r"\b(?:instructor|coach|trainer|teacher|workout|class|session|boss|pt)\b[^.!?;\n]{0,20}\b(?:was |is )?"
    r"(?:trying to|tried to|wants to|going to|out to) kill (?:us|me|everyone)\b",
    r"\b(?:a|the|this|one) (?:man|woman|guy|kid|boy|girl|lad|patient|teen|teenager|student) "
    r"(?:came in |was brought in |who |had )?(?:after )?(?:jump|jumped|jumping|fell|falling) "
    r"(?:off|from)\b[^.!?;\n]*",
    r"\b(?:spot|spotting|recognis\w+|recogniz\w+|warning signs|signs|identify\w*) (?:the )?"
    r"(?:signs )?of (?:self[- ]?harm|suicid\w+|abuse|domestic (?:abuse|violence))\b(?: in "
    r"(?:pupils|students|patients|children|kids|teens|young people|clients|others|staff))?",
    r"\block(?:ed|ing)? myself in the (?:bathroom|loo|toilet|car|office|shed) (?:for (?:\w+ ){0,2}"
    r"(?:minutes?|mins?)|for (?:some |a bit of )?(?:peace|quiet|silence)|to (?:get|have) (?:some )?"
    r"(?:peace|quiet))\b",
    r"\blocked (?:me|myself|us) out\b(?=[^.!?;\n]{0,40}\b(?:prank|joke|by accident|accidentally|"
    r"spare key|locksmith|keys? inside))",
    r"\b(?:hid|hides|hiding|jumped out|jumps out|snuck up|sneaks up|crept up)\b[^.!?;\n]{0,30}\bto "
    r"(?:scare|frighten|startle|surprise) me\b",
    r"\b(?:his|her|their) arms? (?:over|around|round) me\b(?! (?:so|and|tight|hard|until|till|"
    r"too)\b)",
    r"\bdying (?:to|for) (?!live\b|be dead\b|end\b|die\b|disappear\b|not\b)\w+",
    r"\b(?:to die for|die for (?:a|an|some|that|this|the|my|his|her) \w+)",
    r"\b(?:die|died|dying|dead|kill|killing) (?:of|from|with|over) (?:laughter|laughing|"
    r"embarrassment|shame|boredom|cuteness|happiness|joy|envy|jealousy|heat|cold|curiosity|"
    r"excitement|suspense|thirst|hunger|exhaustion|tiredness|fright|cringe|the heat|the cold)\b",
    r"\b(?:die|died|dying|dead|killing {self}|killed {self}) laughing\b",
    r"\b(?:die|died|dying) (?:a little )?inside\b",
    r"\b(?:i'm|i am|im) (?:so |literally |actually )?dead\b(?= ?(?:lol|lmao|haha|😂|💀|😭|🤣|[.!]? ?(?:lol|😂|💀)))",
    r"\b(?:dead|deadly) (?:tired|serious|set|on my feet|beat|end|line|lines|quiet|wrong|right|"
    r"easy|simple|center|centre|heat|weight|zone|battery|phone|inside|sleep|asleep|lucky|"
    r"funny|good|cute)\b",
    r"\b(?:my|the|his|her|your|our) (?:phone|battery|laptop|car|plant|plants|tv|router|"
    r"computer|charger|headphones|earbuds|kindle|watch|mouse|keyboard|torch|fish|goldfish|"
    r"hamster|basil|cactus|succulent|conversation|vibe|party|game)s? (?:is |has |just )?"
    r"(?:died|dead|dying)\b",
    r"\b(?:is|are|was|were|it's|that's|this is|they're|you're|they are|heels are|shoes are|"
    r"feet are|back is|legs are) (?:\w+ )?killing me\b(?! and i (?:wish|hope|want) it)",
    r"\bkill(?:s|ed|ing)? me (?:with|softly)\b",
    r"\b(?:kill|killing|killed) (?:it|time|the (?:mood|lights|vibe|engine|music|game|spider|"
    r"bugs|weeds|plant|fly|wasp)|a (?:spider|fly|wasp|bug|mosquito|few hours))\b",
    r"\b(?:could|would|'d) kill for (?:a|an|some|that|this)\b",
    r"\b(?:(?:mum|mom|dad|mother|father|boss|teacher|coach|sister|brother|nan|gran|grandma|"
    r"manager|landlord|you|my \w+) (?:will|'ll|would|'d|is going to|are going to|gonna|"
    r"going to) (?:literally |actually |so |totally )?kill me)\b",
    r"\bnot going to lie\b",
    r"\b(?:scared|scare|scaring|frightened|bored|boring|bore|worried|worry|loved|love) (?:me |"
    r"him |her |them |myself |a man |someone |anyone |people |us )?(?:half )?to death\b",
    # Family and friends threatening in jest are not a partner's threats.
    r"\b(?:my )?(?:roommate|flatmate|housemate|mum|mom|dad|mother|father|sister|brother|friend|"
    r"friends|boss|teacher|coach|classmates?|kids?|son|daughter|nan|gran|grandma|grandad|grandpa|"
    r"auntie|aunt|uncle|cousin|colleague|coworker|mates?)(?: \w+){0,2} (?:said|says|joked|jokes|"
    r"threatened|threatens|swore|told me|warned)(?: that| to)?(?: (?:he|she|they|we)(?:'d|'ll| "
    r"will| would))? (?:\w+ ){0,2}(?:kill|murder|throw|strangle|hurt|ground|disown|end)\b"
    r"[^.!?;\n]*",
    r"\b(?:died|die|dying|killed|kill) (?:to|by|from|in) (?:fall damage|lag|the boss|a boss|a "
    r"creeper|a sniper|campers?|the zone|the storm|noobs?|a noob|spawn)\b|\bfirst blood\b|"
    r"\bheadshot\b",
    r"\b(?:the |a )?(?:suicide|safety|screening|standard|usual|routine|mental health) questions?\b"
    r"[^.!?;\n]*",
    r"\b(?:patient|patients|client|clients|caller|callers)\b[^.!?;\n]{0,30}\b(?:overdose\w*|"
    r"self[- ]?harm\w*|suicid\w*)|\b(?:admitted|treated|saw) a patient after an overdose\b",
    r"\b(?:suicide|self[- ]?harm|suicidal) (?:posts|content|videos|images|forums?|exclusion|"
    r"clause|caller|patient|client|character|teen|hotline|helpline|training|prevention)\b",
    r"\b(?:suicide|self[- ]?harm)-(?:prevention|awareness|training)\b",
    r"\bdomestic (?:violence|abuse) (?:laws?|refuge|charity|policy|services?|awareness|training|"
    r"module|lecture|course|class|essay|assignment|seminar|exam|reading|research|topic|"
    r"unit|officer|shelter|sector|cases|statistics)\b",
    r"\b(?:song|album|lyrics?|poem|book|film|movie|show|episode|game)\b(?: \w+){0,4} (?:is )?about "
    r"(?:suicide|self[- ]?harm|dying|death)\b",
    r"\b(?:presentation|project|talk|poster|debate) (?:on|about) [^.!?;\n]*",
    r"\bjump(?:s|ed|ing)? the (?:queue|line)\b",
    # "He'll kill me if I eat the last Twix": a threat over food, telly or games is a figure.
    r"\b(?:he|she|they)(?:'ll|'d| will| would|'s going to| is going to) (?:literally |actually "
    r"|totally )?kill me if i (?:\w+ ){0,2}(?:eat|ate|finish|finished|spoil|spoiled|spoilt|watch|"
    r"watched|tell (?:his|her|their) (?:mom|mum|dad|mother|father|sister|brother|friends|mates)|"
    r"beat (?:him|her|them) at|touch (?:his|her|their) (?:\w+ )?(?:food|fries|chips|snacks|"
    r"chocolate|controller|plants|car)|forget (?:his|her|their|the) (?:birthday|keys|lunch))\b"
    r"[^.!?;\n]*",
    r"\bthreaten(?:s|ed|ing)? to (?:yeet|throw my \w+ (?:chair )?into the sun|ban me from|"
    r"confiscate my (?:snacks|phone|controller)|divorce me)\b",
    r"\b(?:been |i've been |i'm |am |i was )?killing {self} (?:to (?!end|stop|escape|die|get "
    r"away|be free)\w+|trying to|over (?:this|that|the)|at work|for (?:this|that|the|them|him|"
    r"her))",
    r"\boverdose (?:patients|cases|calls|victims|deaths|crisis|epidemic)\b|\boverdoses\b",
    r"\bsuicide severity rating scale\b|\bc-ssrs\b",
    r"\b(?:dreamt|dreamed|dreaming|a dream|nightmare|nightmares) (?:that |about )?i (?:was|were) "
    r"(?:falling|dying|drowning|being chased|dead|shot)\b",
    r"\b(?:smacked|slapped|batted|pushed|swatted) my hand away\b",
    r"\bsqueez(?:ed|es|ing) my hand\b",
    r"\bthreaten(?:s|ed|ing)? to (?:sing|dance|tickle|cook|make me watch|play|buy|eat|steal|"
    r"hug|kiss|tell (?:my mum|my mom|everyone) (?:how|that i))\b",
    r"\b(?:die|dying|died|die right here) of (?:anxiety|a broken heart|heartbreak|nerves|stress|"
    r"worry|shock|panic|suspense|cringe|mortification|old age|a heart attack|fright|fear)\b",
    r"\b(?:going to|gonna|'ll|will|could|might) (?:actually |literally )?die if (?:he|she|they|"
    r"you|my \w+) (?:doesn't|don't|won't|didn't|does not|do not|can't) (?:answer|reply|text|"
    r"call|respond|pick up|write|message|come back|get back)\b",
    r"\b(?:mortified|so embarrassed|embarrassed|humiliated|cringing|cringe|cringed|"
    r"ashamed of that)\b[^.!?;\n]{0,15}\b(?:i )?(?:just )?(?:want|wanna|could|am going|'m "
    r"going|going) to (?:die|curl up and die)\b",
    r"\bhang (?:out|on|in there|up|about|around|tight|with|the (?:washing|laundry|picture|"
    r"painting|lights|decorations))\b",
    r"\bhung up\b",
    r"\bjump(?:ing|ed)? (?:for joy|at the chance|in|on board|the gun|start|rope|through "
    r"hoops|to conclusions|on (?:the|a) (?:call|bandwagon|train|bus|trampoline)|into (?:bed|"
    r"the pool|the sea|the lake|a conversation))\b",
    r"\bcut(?:ting|s)? (?:my|his|her|the|our|their) (?:hair|fringe|bangs|nails|losses|"
    r"toenails|fingernails|beard|lawn|grass|hedge|cake|steak|meat|onions?|veg\w*|"
    r"bread|tomatoes|fabric|paper|budget|costs|hours|sugar|carbs|caffeine|coffee|screen "
    r"time|spending|losses)\b",
    r"\bcut(?:ting|s)? (?:ties|back|down|corners|class|classes|in line|the cord|out (?:sugar|"
    r"carbs|dairy|meat|coffee|alcohol|booze)|it close|it fine|a deal|a rug|some slack|"
    r"through the noise|to the chase|both ways|costs|loose)\b",
    r"\bcutting (?:board|edge|room|remarks?|words|comments?|corners|costs|back|down)\b",
    r"\bhair ?cut\b",
    r"\bend (?:of|to) (?:my|the) (?:rope|tether|day|week|road|month|line)\b",
    r"\b(?:suicide|self[- ]?harm) (?:prevention|awareness|squad|rates?|statistics|stats|"
    r"hotline|helpline|training|risk assessment|screening|bomber|mission|doors|run|drill|"
    r"first aid|course|module|policy|research|charity|walk|fundraiser|training day)\b",
    r"\b(?:documentary|article|podcast|book|film|movie|episode|show|series|lecture|talk|"
    r"news|report|study|research|training|course|essay|paper|poem|song|class|module|novel|"
    r"play|thread|post|video|seminar|webinar|story) (?:about|on|that covers|covering) "
    r"(?:suicide|self[- ]?harm|death|dying|overdoses?)\b",
    r"\b(?:died|dying|lost|losing|loss|death|deaths) (?:by|to|from|through) suicide\b",
    r"\b(?:he|she|they|who|friend|brother|sister|mother|father|mum|mom|dad|uncle|aunt|"
    r"cousin|colleague|classmate|son|daughter|grandfather|grandmother|grandad|grandma|"
    r"neighbou?r|character|singer|actor|celebrity|student|patient) (?:\w+ )?(?:committed|"
    r"attempted|died by|completed|survived|commits|attempts|dies by|survives|contemplates|"
    r"considers) suicide\b",
    # Only trivial things are worse than death in a figure of speech: "than carry this" is not one.
    r"\b(?:rather|sooner) (?:die|be dead) than (?:sing|dance|wear|go to|eat|watch|listen|sit "
    r"through|attend|be seen|drive|run|speak|give a|ask|admit|apologi[sz]e|lose to|work|do (?:that|"
    r"this|karaoke|a presentation)|miss|cook|clean|use|fly|hike|play|vote|pay)\b",
    r"\b(?:i|you) could (?:have )?(?:just |literally |actually )?died?\b(?! (?:and|if|of)\b)",
    r"\b(?:my|our|the|her|his|their) (?:last|final) (?:day|week|shift|class|lesson) (?:at|of|in|"
    r"on|with)?\b",
    r"\b(?:lecture|lesson|class|training|refresher|course|essay|module|seminar|webinar|talk|"
    r"workshop|session|assignment|dissertation|exam|reading|research|policy|notes|revision) "
    r"(?:today |this week )?(?:was |is |were )?(?:on|about|covering|covers|on the signs of)\b"
    r"[^.!?;\n,]*",
    r"\b(?:reading|read|learning|learnt|learned|studying|studied|writing|wrote|revising|"
    r"researching) (?:about|up on|on) (?:the )?(?:\w+ ){0,3}(?:domestic abuse|coercive control|"
    r"self[- ]?harm|suicide|overdoses?|abuse|violence)\b[^.!?;\n,]*",
    r"\b(?:safeguarding|awareness|prevention|first aid) (?:training|refresher|course|module|"
    r"day|session)\b[^.!?;\n]*",
    r"\b(?:pinned|held) me down and (?:tickled|blew a raspberr\w*|kissed|hugged)\b",
    r"\b(?:overdosed|overdosing|od'd|od'ing|o\.d\.'d) on (?:caffeine|coffee|sugar|chocolate|"
    r"candy|sweets|netflix|tv|carbs|cheese|pizza|love|cuteness|work|christmas|tea|"
    r"energy drinks|social media|memes|cake)\b",
    r"\b(?:killed|killing) (?:him|her|them|it) (?:at|in) (?:the|a|chess|mario|fortnite|"
    r"cards|the game|poker|tennis)\b",
    r"\b(?:hit|hits|hitting) (?:me|us|home) (?:up|that|how|hard|like|all at once)\b",
    r"\b(?:it|that|this|reality|the realisation|the realization|the thought|the news|the "
    r"idea|the truth|the heat|the smell|the wave|the cold|the tiredness|the grief|the sadness|"
    r"exhaustion|nostalgia|jet lag|the music|the sun|the light) (?:\w+ )?(?:hit|hits|slapped|"
    r"punched|kicked|grabbed|pushed|shook) me\b",
    r"\b(?:pillow|cushion|snowball|water balloon|nerf|water gun|tickle) (?:fight|war)\b",
    r"\bplay fight\w*\b",
    r"\bthreaten(?:s|ed|ing)? to (?:eat|steal|finish|drink|take) my (?:fries|chips|food|"
    r"dessert|pudding|chocolate|snacks|pizza|cake|coffee|seat|spot|side of the bed|hoodie|"
    r"jumper)\b",
    r"\b(?:break|broke|broken|breaking) (?:up|down|it off|the (?:news|ice|record|bank|silence|"
    r"rules?)|a (?:record|sweat|habit|leg)|even|free|my heart|his heart|her heart)\b",
    r"\b(?:threw|throw|throws|throwing) (?:up|a party|me a (?:party|surprise|birthday)|"
    r"a (?:party|fit|tantrum|tantie|strop|wobbly)|shade|in the towel)\b",
    r"\bwalk(?:ed|ing)? out of (?:the|a) (?:meeting|room|cinema|party)\b",
    r"\bjump(?:ing|ed)? (?:off|on|onto) (?:this|the|a|that) (?:call|zoom|meeting|line|chat|"
    r"teams|phone|facetime|stream)\b",
    r"\b(?:film|movie|documentary|book|novel|show|series|episode|article|story|podcast|play|"
    r"lecture|essay|chapter|scene|thread|video) (?:about|where|in which|on|on how|that shows)"
    r" [^.!?;\n,]*?(?=,| and | but |[.!?;\n]|$)",
    r"\b(?:suicide|self[- ]?harm) (?:warning signs|signs|risk|risk factors|first aid|"
    r"support|bereavement|survivors?)\b",
    r"\b(?:last|final) (?:day|week) (?:at|of) (?:the |my |work|school|uni|the office|term)\w*\b",
)

SIGNS: tuple[Sign, ...] = (
    # -- not wanting to live (C-SSRS 1 and 2; the warning signs of the crisis services) ----
    Sign(
        SELF_HARM,
        "thoughts of suicide",
        (
            r"\b(?:end|ending|finish|finishing) {self}\b|\bthe end of me\b(?=\s*(?:[.!?,;]|$))",
            r"\b(?:take|taking|tek|took) (?:me|my|mi|ma) own life\b|\b(?:end|ending|ended) (?:ma|me|mi) life\b",
            r"\b(?:brain|head|mind|voice|thoughts?|heid) (?:keeps |just )?(?:going|goes|says|saying|tells me|telling me|keeps telling me)\b[^.!?;\n]{0,12}\b(?:just )?(?:kill yourself|kys|end it|go die|die)\b",
            r"\band (?:just )?end it\b(?=\s*(?:[.!?,;]|$|tonight|now|all|for good))",
            r"\b(?:finish|end) (?:everything|it all)\b(?=\s*(?:[.!?,;]|$|tonight|now))",
            r"\b{kill} {self}\b",
            r"\b(?:suicidal|suicide|suicidality|suicidally)\b",
            r"\b(?:end|ending|ended|take|taking|took) (?:my|this) (?:own )?(?:life|existence)\b",
            r"\b(?:end|ending|ended) (?:it all|things|everything)\b(?! (?:with|between)\b)",
            r"\b(?:sewer ?slide|self[- ]?delet\w*|self[- ]?unalive|unalive|ctb)\b",
            r"\bhave you (?:ever )?(?:wished you were dead|thought about (?:killing yourself|suicide|"
            r"ending your life|how)|had thoughts of (?:killing yourself|suicide|ending your life|being "
            r"better off dead))\b",
            r"\boff(?:ing)? {self}\b",
            r"\b(?:i'm going to|i want to|i'll|i will|going to|want to|ready to|time to|i might|"
            r"might|should just) (?:just )?(?:finish|finishing) it\b(?= ?(?:[.!?,;]|$|all|for good|"
            r"off|tonight|this time))",
            r"\b(?:want|wanted|wish|need|needed) (?:it|this|everything|all of it|my life|life) "
            r"(?:all )?to (?:end|be over|stop)\b(?=[^.!?;]{0,20}(?:forever|for good|permanently|"
            r"me included|my life|for real)|\s*(?:[.!?,;]|$))",
            r"\b{self}\b[^.!?;\n]{0,20}\bkill yourself\b",
            r"\bkill yourself\b[^.!?;\n]{0,20}\b(?:to|at|on|in) {self}\b",
            r"\bsui (?:thoughts|feelings|ideation|urges|attempt)\b",
            r"\b(?:my|the|his) si\b(?= (?:is|has|was|gets|getting|thoughts|again))",
            r"\b(?:stop|end|stopping|ending)\b[^.!?]{0,40}\bme included\b",
            r"\b(?:i|i'll|i'm|i'd|i will|i should|i could|i might|i want to|i'm going to|to|"
            r"i need to|i have to|i'm ready to|ready to|i am going to|i can) (?:just |finally |"
            r"really )?(?:end|ending) it\b(?=\s*(?:[.!?,;]|$|now|tonight|today|for good|once and|"
            r"soon|this time|already))",
        ),
    ),
    Sign(
        SELF_HARM,
        "wish to be dead",
        (
            r"^ ?(?:just |really |simply |finally )?to {adv}(?:{die}|be dead(?: already)?|stop being alive|stop being)\b(?! (?:for|to|at|in|on|tired|quiet)\b)",
            r"\b(?:better|easier|kinder) to be dead\b|\bto be dead already\b",
            r"\b(?:me|i) (?:want|wants|wish|need) (?:fi |to )?dead\b",
            r"\b(?:i'd|i would|i will|i'll) (?:take|choose|pick) death over\b",
            r"\b(?:why|understood why|understand why) people (?:choose|decide|want) to die\b[^.!?;\n]{0,40}\b(?:myself|me|considering|i'm)\b",
            r"\b(?:make|making) the pain (?:stop|end|go away) (?:forever|for good|permanently)\b|\b(?:even )?if it means (?:dying|death|i die|not waking up)\b",
            r"\b(?:end|ending|stop|stopping) the (?:pain|hurt|suffering) by (?:ending|killing|finishing) {self}\b",
            r"\b(?:give|giving|gave) up on (?:staying alive|being alive|living|life|my life)\b|\blet(?:ting)? go of (?:living|life|my life|being alive)\b",
            r"\b(?:stop|stopped) (?:bothering|trying) (?:with|at) (?:staying alive|being alive|living)\b",
            r"\bwhy (?:bother|bodda|continue|keep|even) (?:to )?(?:stay(?:ing)? alive|being alive|living|to live|live|going on)\b",
            r"\b(?:no|nae|any) point (?:o |of |in |to )?(?:stay(?:ing)? alive|being alive|living|livin|to live|going on|carrying on|existing)\b",
            r"\b(?:no|any|a|one|the) reasons? (?:to|fi|for) (?:live|living|keep living|stay alive|go on|keep going|be alive)\b",
            r"\bwhat(?:'s| is| am)? (?:i|a|me) (?:even )?(?:living|livin|live|a live|alive) (?:for|fah|fur)\b",
            r"\b(?:don't|dont|can't|cannot|no) (?:even )?(?:see|picture|imagine) (?:me|myself) (?:alive|being alive|still alive|still here|here) (?:in|at|by|next)\b",
            r"\b(?:stopped|stop) (?:believing|thinking) i'll (?:be alive|live|make it|still be here)\b",
            r"\b(?:future|futures) i (?:picture|imagine|see)\b[^.!?;\n]{0,20}\bi'm (?:not in it|dead|gone)\b",
            r"\b(?:don't|no|not) (?:even )?want to live to see\b",
            r"\b(?:least|best|kindest) (?:i|you) can do is (?:stop being alive|die|disappear|not exist|be gone|end it)\b",
            r"\b(?:i|i'm|i've|i'd|i'll|me|part of me|i really|i honestly|i kind of|i just|"
            r"i kinda|i sometimes|i often|i still|i secretly|i almost) {adv}(?:{want})(?: that)?"
            r" (?:i |i'd |i'll |i would |i could |to |i can |i get to |i will |i might |i just |"
            r"just |to just |to finally |i was |i were |it would |i'd just )*{adv}(?:{die})\b",
            r"(?:^ ?|[.!?;,\n] ?|\band |\bbut )(?:just |really |honestly |still |so |kind of |"
            r"sometimes |literally )?(?:want|wanna|wish|wishing|hope|hoping|ready|need) to "
            r"{adv}(?:{die})\b",
            r"\b(?:wanting|wishing|longing|hoping|praying|needing|aching) to {adv}(?:{die})\b",
            r"\b(?:envy|envying|jealous of|jealous of the|envious of) (?:people|those|anyone|"
            r"everyone|the ones|the people|the dead|dead people)\b(?: (?:who|that) (?:get to )?"
            r"(?:die|died|are dead|don't wake up|get to go))?",
            r"\b(?:i|i'm|i've|me) {adv}(?:{want}) (?:for )?(?:it|this|life|everything|the "
            r"pain|all of it) to (?:end|stop|be over) (?:forever|for good|permanently)\b",
            r"\bwish(?:ed|ing)? (?:i|i'd) (?:was |were |had |'d )?{adv}(?:never born|never been "
            r"born|never existed|not been born)\b",
            r"\bwish(?:ed|ing)? (?:i|i'd) (?:was|were|had) {adv}(?:dead|died|never been born|not "
            r"been born|gone|never existed|not here|not alive|never woken up|never woke up)\b",
            r"\bwish(?:ed|ing)? (?:i|i'd) (?:wasn't|weren't|hadn't been|didn't|could|would|never)"
            r" {adv}(?:here|alive|born|around|exist|wake up|woke up|be here|be alive|stop "
            r"existing|not exist|die|disappear|cease|vanish|stay asleep|blink out)\b",
            r"\b(?:i'd|i would|i'd much|i would much) {adv}(?:rather|sooner) (?:be dead|die|not be "
            r"alive|not exist|not be here|not wake up|be gone)\b",
            r"\b(?:better|happier|easier) (?:off|of) (?:dead|if i (?:was|were|wasn't|weren't) (?:dead|"
            r"gone|here|alive|around)|without me|with no (?:me|mum|mom|dad|mother|father|wife|"
            r"husband|sister|brother)|with(?:out)? me (?:gone|dead|not here|around))\b",
            r"\bfeel(?:s|ing)? like dying\b",
            r"\b(?:don't|do not|no longer|dont) {adv}(?:want|wanna|wish|care|like|feel like) to "
            r"{adv}(?:be alive|exist|be around|go on|carry on|keep going|keep living|be in this world|"
            r"continue|stay alive|live anymore|be anymore|be me|(?:live|be here|stay|wake up)(?! "
            r"(?:here|there|with|in (?:this|that|a|the)|near|like that|alone|early|at|before)\b))\b",
            r"\bnot (?:want|wanting) to {adv}(?:be alive|live|exist|be here|be around|go on|keep "
            r"living|wake up|continue)\b",
            r"\b(?:not sure|don't know if|don't think|unsure|no idea if|don't know whether) i "
            r"{adv}(?:want|wanna|can|could|will|should) (?:to )?(?:be alive|live|exist|be here|"
            r"go on|keep going|keep living|carry on|stay alive|survive|make it|continue|do this)\b",
            r"\b(?:don't|do not) care (?:anymore )?(?:if|whether) i (?:die|live|wake up|make it|"
            r"survive|get hit|crash|don't wake up|end|end with it|go with it|don't make it)\b",
            r"\b(?:can't|cannot|can not|couldn't|could not) (?:go on|keep going|keep living|carry "
            r"on|do life|live "
            r"like this|face (?:another day|tomorrow|living)|live anymore|stay alive|survive "
            r"this|exist like this)\b",
            r"\bdon't (?:see|have|want) (?:a|any|my) (?:future|reason to (?:live|stay|go on)|life "
            r"(?:after|without|anymore|like this))\b",
            r"\b(?:life|living|my life|mine|it|existence|existing) (?:is(?:n't| not)|ain't|isn't|"
            r"is not|doesn't feel|no longer feels|not) (?:even |really )?worth (?:it|living|"
            r"anything|the pain|the effort)\b",
            r"\b(?:is|isn't) (?:my )?(?:life|living|it all) (?:even |really |actually )?worth "
            r"(?:it|living)\b",
            r"\bnot worth (?:living|being alive|saving|staying alive|keeping alive)\b",
            r"\b(?:no|any|what's the|what is the|the|whats the|what even is the|no real|"
            r"one|a single|lost (?:my|every|any|all)|only|last|my only|lost the) (?:\w+ )?"
            r"(?:reason|reasons|point|purpose) (?:anymore )?(?:\w+ )?(?:to|in|of|for) {gap2}"
            r"(?:live|living|life|going on|being alive|being here|existing|stay|staying|carry "
            r"on|carrying on|continuing|continue|keep going|keeping going|stay alive|staying "
            r"alive|be alive|wake up|waking up|get up|getting up|exist|me being here|not "
            r"{kill} {self}|not to {kill} {self}|to not {kill} {self})\b"
            r"(?! (?:together|with|in|here|there|abroad|alone|near|insurance|coach|plan)\b)",
            r"\b(?:nothing|no one|nobody|nothing left|nothing else) (?:left )?(?:to live for|"
            r"keeping me (?:alive|here|going)|worth living for|holding me here|to stay for)\b",
            r"\bwhy (?:am i|should i|do i|would i|even|bother|keep|stay|go on|continue|carry on|"
            r"even bother|do we)? ?(?:even )?(?:still )?(?:alive|here|bother (?:living|staying)|keep "
            r"(?:living|going|breathing|trying)|go on living|stay alive|keep on living|live|"
            r"exist|try anymore|wake up|carry on)\b(?! (?:in|with|at|for|on|near|than)\b)",
            r"\b(?:death|dying|dead|nonexistence|non-existence|not existing|not being alive|"
            r"not being here|oblivion|eternal sleep|suicide|killing {self}|ending it|being "
            r"dead|the void) (?:\w+ )?(?:would be|sounds|seems|looks|feels|is|would feel|would "
            r"look|look|seem|sound|feel|appear) (?:like )?(?:a |the |so |such a |kind of |pretty |"
            r"almost )?(?:relief|better|"
            r"easier|kind|kinder|peaceful|good|nice|inviting|appealing|the answer|the only|"
            r"the way out|an option|a real option|the best option|a mercy|a gift|welcome|"
            r"tempting|attractive|comforting|my only|all that's left|preferable|the easy way|rest|sleep|"
            r"peace|the kindest|kindest|the best thing)\b",
            r"\b(?:dying|death|suicide|not being alive|ending it) (?:is|feels like|seems like|"
            r"looks like) (?:the )?(?:only|all|my only|the only|last) (?:option|way|answer|"
            r"thing|choice|escape|solution|that's left)\b",
            r"\b(?:tired|exhausted|sick|done|weary|so done|finished|over) (?:of|with|being) "
            r"(?:living|being alive|life|my life|existing|this life|it all|being here|everything "
            r"and everyone|breathing|alive)\b",
            r"\bwaiting for (?:it|life|this|my life|everything) to (?:be over|end|stop)\b",
            r"\b(?:don't|do not) care about (?:life|living|being alive|my life) anymore\b",
            r"\b(?:living|life|existing|being alive|my life) (?:feels|is|seems|has become) (?:so |"
            r"completely |totally |just )?(?:pointless|meaningless|unbearable|unlivable)\b",
            r"\bwant out of (?:it|life|this life|living|my life|existence)\b",
            r"\bworth (?:staying|being|keeping myself|remaining) alive\b",
            r"\b(?:can't|cannot|don't|can not) (?:picture|imagine|see) (?:a|any|my) future "
            r"(?:with me|where i'm|where i am|for me|with me alive)\b",
            r"\bme (?:dead|not being alive|not alive|gone for good|in the ground|in a coffin)\b",
            r"\b(?:the only way|how) (?:this|it) (?:ends|will end) is (?:with )?me (?:dead|not|gone)\b",
            r"\bif i {dead_state}\b(?=[^.!?;\n]{0,60}\b(?:{evaluation})\b)",
            r"\b(?:{evaluation})\b[^.!?;\n]{0,60}\bif i {dead_state}\b",
            r"\b(?:when|once|after|before|in case|so that|so) i(?:'m| am)? (?:die|dead|gone|no "
            r"longer (?:here|around|alive)|not (?:here|around|alive) anymore)\b(?! (?:on|for|to|"
            r"away|out|shopping|at|old|of old age)\b)",
            r"\b(?:hurts|painful|hard|too hard|too much|too painful|exhausting|unbearable) "
            r"(?:too much |so much |that much )?(?:for me )?to (?:live|exist|be alive|keep living|go on|keep going|"
            r"stay alive|carry on)\b(?! (?:with|in|here|there|like|on)\b)",
            r"\b(?:guilty|sorry|ashamed) (?:for|about|of) (?:being|still being) (?:alive|here|born)\b",
            r"\b(?:shouldn't|should not|should never|never should) (?:have )?(?:been born|exist|"
            r"be alive|be here|have been born)\b",
            r"\b(?:don't|do not) deserve to (?:live|be alive|exist|be here|breathe)\b",
            r"\bwaste of (?:space|oxygen|air|a life|life|skin)\b",
            r"\b(?:not|no longer) (?:afraid|scared) (?:to die|of dying|of death)\b(?=[^.!?;\n]"
            r"{0,40}\b(?:want|wish|ready|welcome|hope)\b)",
            r"\b(?:hope|hoping|wish|wishing|pray|praying|want) (?:that )?(?:i|this|the car|the "
            r"plane|the bus|a car|a bus|something|someone|it) (?:\w+ ){0,3}(?:crash|crashes|"
            r"hits me|kills me|falls|swerves|get hit|gets hit|get killed|die in|hit me|run me over|"
            r"take me out|knock me down|finish me|get into "
            r"(?:a|an) (?:\w+ )?(?:accident|crash)|have an accident|get hit by (?:a|the) \w+)\b",
            r"\b(?:part of me|i) (?:wanted|wants|want|hoped|wished) it to\b(?=\s*(?:[.!?,;]|$))",
            r"\b{dead_state} in my sleep\b(?=[^.!?;\n]{0,40}\b(?:{evaluation})\b)",
            r"\b(?:a month|weeks|days|not long) (?:left|to live)\b(?=[^.!?;\n]{0,40}\b(?:relie\w*|"
            r"glad|good|grateful|happy|finally)\b)",
            r"\b(?:sleep|die|vanish|disappear) and (?:never|not) (?:be found|come back|wake)\b",
            r"\bkilling me\b[^.!?;\n]{0,20}\b(?:wish|hope|want) it (?:actually |really |"
            r"literally |just )?(?:would|did|could|to)\b",
            r"\bdon't want (?:any more|anymore|more) of (?:it|this|life|this life)\b",
            r"\b(?:think|thinking|thought|dream|dreaming|dreamt|fantasi[sz]e|fantasi[sz]ing|"
            r"wonder|wondering) (?:a lot )?(?:about|of) (?:just )?(?:not waking up|never waking "
            r"up|dying|being dead|not being (?:here|alive|around)|not existing|no longer existing|"
            r"no longer being (?:here|alive|around)|ending (?:it|"
            r"things|everything|my life)|killing {self}|disappearing forever|not living)\b"
            r"(?! (?:with|between|in (?:my|his|her|a) (?:sleep|dream)s?)\b)",
            r"\bmight as well (?:be dead|die|not exist|not be here|kill {self}|end it)\b",
            r"\b(?:easier|better|simpler|kinder|lighter|a relief|fine|best) (?:for (?:\w+ ){1,3})?if "
            r"i (?:just )?(?:wasn't|weren't|was not|were not) (?:here|around|alive|in the "
            r"picture)\b",
            r"\b(?:want|want to get|wanting|need|needing) out\b.{0,25}\b(?:permanently|for good|"
            r"forever|of (?:this|my) life)\b",
            r"\bno future (?:for me|left|ahead|anymore|at all)\b",
            r"\blong(?:ing)? for (?:death|the end|it all to end|oblivion|the grave)\b|\b(?:fear|"
            r"feared|afraid of) death\b.{0,40}\blong for it\b",
            r"\b(?:please )?(?:don't|do not|never) let me wake up\b",
            r"\b(?:content|happy|glad|fine|okay|ok|ready) (?:never |not )to wake up\b",
            r"\b(?:god|the lord|the universe|death|jesus|he) (?:would |could |will |just )?(?:took|"
            r"take|takes) me (?:tonight|in my sleep|now|home)\b",
            r"\bhoping (?:it|this|tonight|today)(?:'s| is| would be| will be) (?:the|my) last\b",
            r"\b(?:top|topping|topped) {self}\b|\bpull the pin\b|\beat(?:ing)? my gun\b|\bcheck "
            r"out (?:permanently|for good|of life)\b",
            r"\b(?:don't|wouldn't|won't|do not) have to be (?:here|alive|around) anymore\b",
            r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying) (?:that )?something (?:bad )?(?:happens|"
            r"would happen|will happen) to me\b",
            r"\blying if i (?:said|wrote|say|told you) (?:that )?i (?:want|wanted) to (?:be alive|live|"
            r"be here|stay)\b",
            r"\b(?:god|the universe|something|someone|death) (?:would|could|will|to) (?:just )?take "
            r"me\b(?! (?:to|home|out|for|with|back|away from)\b)",
            r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying) (?:that )?i (?:don't|won't|do not|"
            r"never|wouldn't) (?:survive|make it through|come through|wake up from)\b",
            r"\bnot (?:to )?be alive anymore\b|\bun-?exist\b",
            r"\bdeath as (?:the|an|my) (?:answer|option|solution|way out|escape)\b",
            r"\b(?:end|finish|stop|take) my (?:own )?life\b",
            r"\b(?:not sure|don't know if|doubt|wonder if) i'll (?:still )?be (?:around|here|alive) "
            r"(?:for|by|at|next|in|much longer)\b",
            r"\b(?:don't|do not) (?:plan on|plan to|expect to|intend to) (?:see|seeing|make it to|"
            r"reach|reaching|being around for) (?:my )?(?:\w+ )?(?:birthday|christmas|next year|new "
            r"year|summer|wedding)\b",
            r"\bi'll be dead (?:by|before|in|soon|next|within)\b",
            r"\b(?:better|do better|be better|happier) with a dead (?:mum|mom|dad|mother|father|wife|"
            r"husband|partner|sister|brother|son|daughter)\b",
            r"\bbetter (?:if )?i (?:am|was|were|'m) dead\b",
            r"\bme (?:being|was) dead\b|\bme not existing\b",
            r"\bonly \w+ (?:out )?(?:of (?:this|it|here) )?(?:is|would be|left is) (?:dying|death|to "
            r"die|suicide|ending it|not being alive|a bullet|the rope|a noose|pills|the bridge)\b",
            r"\b(?:don't|do not|doesn't) have (?:a single|any|one|a) (?:\w+ )?reasons? (?:left )?to "
            r"(?:keep living|live|stay|stay alive|go on|be here|exist|keep going)\b",
            r"\bmakes? (?:staying alive|living|being alive|life) worth (?:it|living)\b",
            r"\breasons? to live (?:used to|was|were|are gone|have gone)\b",
            r"\bnothing to (?:stay|be|keep) alive for\b",
            r"\b(?:only|just) (?:still )?alive (?:out of|because of|for) (?:habit|them|my kids|my mum|"
            r"my mom|my dog|my cat|duty)\b",
            r"\bdon't want (?:to survive (?:it|this|the night|another)|the rest of (?:my|this) life)\b",
            r"\bcan't (?:picture|imagine|see) a future (?:where|with) (?:i|me) (?:want to be|am|'m) "
            r"alive\b",
            r"\bcan't (?:take|bear|stand|handle) (?:life|living|being alive) anymore\b",
            r"\b(?:don't|didn't|do not|did not) care (?:what happens|what happened|if anything "
            r"happens|if anything happened) to me\b",
            r"\blet (?:it|the \w+|death|them|the cold|the water) take me\b",
            r"\b(?:don't|can't|do not|cannot) (?:see|imagine) myself (?:growing old|getting old|"
            r"living (?:past|to|much longer|another)|being here|being alive|alive|making it to|"
            r"in (?:five|ten|a few) years)\b",
            r"\bmy (?:own )?funeral\b",
            r"\b(?:pain|this|it|the hurt) (?:will |is going to )?never (?:stop|end|go away)\b"
            r"[^.!?;\n]{0,30}\bunless i\b",
        ),
    ),
    Sign(
        SELF_HARM,
        "not waking up",
        (
            r"\b(?:pray|prays|prayed|praying|ask|asked|asking|beg|begged|begging|beg god|asking god|asked god)\b[^.!?;\n]{0,30}\b(?:not|never|no) (?:to )?(?:let me )?(?:wake|wake up|make it to (?:the )?morning)\b",
            r"\blet (?:this|tonight|it) be the night (?:i|you) (?:don't|do not|won't|never) wake\b",
            r"\b(?:hoping|hope|hoped|praying|pray|wish|wishing) (?:that )?(?:i |make i )?(?:don't|do not|won't|no|never|wouldn't) (?:make it to|see|get to) (?:the )?(?:morning|tomorrow|sunrise|daylight)\b",
            r"\b(?:sleep|slept|fall asleep|go to sleep|asleep) (?:and |hoping |hoping make i |n )?(?:just )?(?:simply )?(?:never|not|no) (?:open (?:my|me) eyes|come back|wake(?: up)?)(?: again| ever| forever)?\b",
            r"\b(?:fall|falling|go|going|drift) (?:asleep|to sleep) and (?:simply |just )?never come back\b",
            r"\bif i (?:just )?(?:didn't|did not|don't|never|wouldn't) wake up\b",
            r"\b(?:anger|angry|disappointed|upset|sad|gutted|annoyed) that i'd woken(?: up)?\b",
            r"\b(?:i'd|i would) rather not have (?:woken|woke)\b|\bmost mornings\b[^.!?;\n]{0,20}\bi'd rather not have\b",
            r"\bhoping make i no wake\b|\bmake i no wake up\b",
            r"\bno despierte\b|\bnot waking up would be\b",
            r"\b(?:jist|just) no wake up\b|\bcould (?:just )?(?:no|not|never) wake up\b",
            r"\b(?:go|going|fall|falling|went|gone|drift|drifting) (?:to )?(?:sleep|asleep) and "
            r"(?:just )?(?:never|not|don't|won't|didn't) (?:have to )?(?:wake up|waking up|waking)\b",
            r"\b(?:close|closing|closed|shut|shutting) my eyes and (?:never|not) (?:open|opening|"
            r"wake|waking)\b",
            r"\bthe (?:night|day|time|morning) i (?:don't|won't|never|do not|will not) wake up\b",
            r"\bwoke up\b.{0,40}\b(?:hoped|hoping|wished|wishing|prayed) (?:that )?i (?:wouldn't|"
            r"would not|didn't|won't)\b",
            r"\b(?:woke|wake|waking) up\b.{0,60}\b(?:disappoint\w*|angry|sad|upset|annoyed|gutted|"
            r"furious) (?:that )?(?:i )?(?:did|had|was still|am still|'m still|woke)\b",
            r"\b(?:the kind|one|a sleep|the sort) (?:that )?you (?:don't|never|do not) (?:come back|wake "
            r"up) from\b",
            r"\b(?:close|closing) my eyes (?:tonight )?and (?:that (?:be|was|is) it|it(?:'s| is) over)\b",
            r"\b(?:angry|sad|disappointed|upset|annoyed|gutted|sorry|furious) (?:that )?i'm still "
            r"(?:alive|here|breathing)\b",
            r"\b(?:hope|hoping|hoped|wish|wishing|wished|pray|praying|prayed|please let me|let me|"
            r"wouldn't mind|won't mind|don't mind|don't care|want|wanting) (?:that )?(?:if )?(?:i "
            r"|to )?(?:just )?(?:don't|won't|never|do not|will not|wouldn't|didn't|not|wouldnt) "
            r"(?:have to )?wake up\b(?! (?:early|at|before|so early|for (?:the|my|work|school|an?|"
            r"\d)|in the morning|tomorrow morning|on (?:a|my) (?:day off|weekend)|to (?:an?|the|"
            r"my) alarm)\b)",
            r"\b(?:don't|do not|never) {adv}(?:want|wanna) to wake up\b(?! (?:early|at|before|so|"
            r"for work|for|in (?:the )?(?:morning|time)|to (?:my|the|that|an?) (?:alarm|early|exam))\b)",
            r"\bnot (?:to )?(?:have to )?wake up (?:tomorrow|again|ever|anymore|this time|in the "
            r"morning)\b",
            r"\bif i (?:don't|didn't|never|do not|did not|wouldn't) wake up\b",
            r"\bwhat if i (?:just )?(?:didn't|don't|never|did not|do not) wake up\b",
            r"\b(?:sleep|rest|asleep) (?:forever|for ever|and never wake|i never wake up from|"
            r"that never ends|permanently)\b(?<!could sleep forever)",
            r"\bstay asleep (?:forever|for good|permanently)\b",
            r"\b(?:disappointed|upset|angry|sad|sorry|annoyed|gutted) (?:that )?i (?:woke up|"
            r"wake up|am still here|'m still here|still woke|survived|made it)\b",
            r"\bhoping (?:it|this|tonight|today) (?:would|will|'d|'ll) be (?:the|my) last\b",
            r"\bnever (?:have to )?wake up (?:again|to this)\b",
        ),
    ),
    Sign(
        SELF_HARM,
        "not existing, disappearing",
        (
            r"\b(?:vanish|disappear|go away) from (?:everything|everyone|it all|life)\b(?=[^.!?;\n]{0,30}(?:for good|forever|permanently|not a holiday|cease))|\bvanish\w*,? (?:for good|forever|permanently)\b",
            r"\bwithout me (?:existing|in it|alive)\b",
            r"\b(?:delete|erase|remove|wipe) (?:myself|me)\b(?! from (?:the )?(?:group|chat|list|app|account|email|mailing)\b)(?=[^.!?;\n]{0,30}(?:not the account|off the planet|from (?:the )?(?:planet|earth|world|existence)|\s*(?:[.!?,;]|$)))",
            r"\b(?:just )?cease(?:,| to be\b|\.)|\bcease to be\b",
            r"\b(?:stop|stopping) exist(?:ing)?\b",
            r"\b(?:should|shoulda|should have|should've|shouldn't have) (?:never )?(?:been )?born\b",
            r"\b(?:dip|check|checking|checked) (?:out )?(?:from life|out) (?:permanent|permanently|for good|forever)\b|\bdip from life\b",
            r"\bno more me (?:on|pon) (?:this|dis|the) (?:earth|world|planet)\b|\boff the planet\b",
            r"\b(?:want|wanted|wish|wishing|going|need|needed|just want|longing) to (?:just )?"
            r"(?:disappear|vanish)\b(?! (?:for|under|into|to|from|in|with|off|until|till|at|"
            r"on|behind|somewhere|under)\b)(?=[^.!?;\n]{0,30}(?:forever|for good|permanently|"
            r"never|completely|gone|and not|and never|existence)|\s*(?:[.!?,;]|$))",
            r"\b(?:leave|leaving) (?:everything|everyone|this world|it all|this life)(?: and "
            r"(?:everyone|everything))?,? (?:behind )?(?:forever|for good|permanently)\b",
            r"\b(?:disappear|vanish|be gone|go away|leave|fade) (?:\w+ )?(?:forever|for good|"
            r"permanently|from (?:this|the) world|from existence|from earth|and never come back|"
            r"and never be found)\b",
            r"\b(?:stop|stopped|cease|ceased) (?:to )?existing\b|\bcease to exist\b",
            r"\b(?:drive|walk|go|leave|swim|run) (?:\w+ ){0,3}and (?:just )?(?:not|never) (?:come "
            r"back|return|be found)\b",
            r"\b(?:out of|from) existence\b",
            r"\bfade (?:out|away) (?:of|from) (?:the|this) world\b|\bgone from (?:the|this) world\b",
            r"\b(?:nonexistence|non-existence|not existing|never existing|oblivion)\b",
            r"\bwish i could (?:just )?(?:disappear|vanish|stop existing|not exist|fade away|"
            r"cease)\b(?! (?:for|under|into|to|until)\b)(?=\s*(?:[.!?,;]|$|forever|completely))",
            r"\b(?:want|wanna|wish|wishing) to (?:just )?(?:not be|be gone)\b(?=\s*(?:[.!?,;]|$|"
            r"anymore|any more|at all|forever|permanently|not away))",
            r"\b(?:i|i'd|i'm) (?:didn't|don't|didnt|did not|do not) exist\b(?<!what if i don't exist)",
            r"\bwish i (?:didn't|did not|didnt) exist\b",
        ),
    ),
    Sign(
        SELF_HARM,
        "a burden",
        (
            r"\b(?:kindest|best|only) (?:thing|gift|way)\b[^.!?;\n]{0,40}\b(?:is to die|would be (?:to die|my death|me dying|me gone)|my death|me dead)\b",
            r"\b(?:to )?(?:die|dying|end it|ending it|disappear) (?:and|to|so i can|so as to) free (?:them|everyone|my family|my kids|my parents|him|her)\b|\bfree (?:everyone|them|my family) of me\b",
            r"\bbetter (?:off|of|aff) (?:if|when) (?:i|a|me|mi)(?: was| were| wis| am|'m)? (?:dead|deid|gone|not here|not alive|died)\b",
            r"\b(?:burden|drain|weight|load) (?:on|to|around|for|tae) (?:everyone|everybody|every \w+|my (?:family|kids|parents|mum|mom|children)|my \w+'s? (?:heads?|necks?))\b|\bweight around my \w+'? necks\b",
            r"\b(?:world|everyone|everybody)(?:'s| is| would be)? better (?:without|w/o|with no) me (?:alive|in it|around|here)\b",
            r"\b(?:to )?die so (?:that )?(?:my|they|everyone|people|he|she|mum|mom|dad|nobody|no one|the)\b",
            r"\bif i die (?:they|everyone|my family|them)\b[^.!?;\n]{0,20}\b(?:rest|free|happier|relief|peace)\b",
            r"\b(?:i'm|i am|i've been|i feel like|being|i'm just|im|i was|i've become|i feel) "
            r"(?:such |only |just |nothing but |more of |a real |a huge |a massive )?a burden\b"
            r"(?=[^.!?;\n]{0,60}(?:everyone|everybody|family|them all|alive|die|dead|gone|"
            r"world|kids|better off|anymore|to people|on people))",
            r"\b(?:burden|weight) (?:to|on|for) (?:everyone|everybody|my family|them|people|"
            r"the world|all of them|my kids|my parents)\b",
            r"\b(?:everyone|everybody|they|people|my family|my kids|you|the world|you all|all of "
            r"you|the people i love|my friends|my parents|my children|everyone i love|my partner|"
            r"the kids|them all) (?:would|will|'d|'ll|might)? ?(?:all )?(?:be |finally be )?"
            r"(?:better|happier|fine|free|freer|okay|ok) (?:off |of )?(?:without me|if i)\b",
            r"\b(?:nobody|no one|no-one|noone|not one person|not a single person|no body) "
            r"(?:would|will|'d|'ll) (?:even )?(?:really )?(?:miss|notice|care|mind|cry|come|"
            r"grieve|lose sleep|be sad)\b[^.!?;\n]{0,30}\b(?:if i|when i|gone|dead|died|die|me)\b",
            r"\b(?:world|everyone|nobody|they) (?:won't|wouldn't|will not|would not) (?:lose|"
            r"miss|notice|care|be worse)\b[^.!?;\n]{0,30}\bif i\b",
            r"\b(?:i only|all i do is|i just) (?:make|bring|cause|ruin) (?:everyone's|everybody's|"
            r"their|people's) (?:lives|life|day|days) (?:harder|worse|miserable)\b",
            r"\bmake (?:everyone's|everybody's) life (?:harder|worse|easier)\b",
            r"\btaking up (?:everyone's|space|room|oxygen|air)\b(?=[^.!?;\n]{0,30}(?:alive|"
            r"shouldn't|don't deserve|guilty|burden))",
        ),
    ),
    Sign(
        SELF_HARM,
        "no way out",
        (
            r"\bonly (?:if|when) i (?:die|am dead|'m dead)\b",
            r"\b(?:only|last) (?:key|door|exit|way to leave|way out|escape|option)\b[^.!?;\n]{0,20}\b(?:my own death|my death|is to die|dying|death)\b",
            r"\bno way out\b[^.!?;\n]{0,40}\b(?:die|dying|death|end (?:my|mi|me) life)\b|\b(?:end|ending) (?:my|mi|me) life\b[^.!?;\n]{0,30}\bno way out\b",
            r"\b(?:there's|there is|i see|i can see|i have|i've got|there's just|i can't see|"
            r"i don't see|can't see|don't see) (?:no|any|a) (?:other )?(?:way out|escape|way "
            r"forward|other option|options left|exit|solution)\b(?! of (?:this|the|that) "
            r"(?:meeting|contract|deal|lease|job|plan|call|trip|party|dinner|event|queue|traffic|"
            r"shift|course|wedding|arrangement)\b)",
            r"\b(?:the )?only (?:way out|escape|option|answer|solution|exit|way to (?:make it|"
            r"stop|end)|thing left|way i can think of)\b[^.!?;\n]{0,30}\b(?:die|death|dying|"
            r"dead|ending it|suicide|end it|kill|not being alive|not be alive|end my life|not "
            r"exist)\w*",
            r"\b(?:die|death|dying|suicide|ending it|not being alive|killing {self})\b[^.!?;\n]"
            r"{0,30}\b(?:only|all that's left|all i have left|last) (?:way out|escape|option|"
            r"answer|solution|exit|choice|thing|resort|way)\b",
            r"\b(?:trapped|stuck) (?:with|and there's|and) no way out\b",
            r"\bno way out (?:anymore|of this pain|of this life|but|except|other than)\b",
            r"\b(?:except|other than|apart from|besides) (?:by )?(?:not being alive|dying|"
            r"death|to die|ending it|killing {self}|suicide|not existing)\b",
            r"\b(?:want|wanted|need|needing) out (?:of (?:it|this|my life|life|here) )?(?:for "
            r"good|permanently|forever)\b",
            r"\b(?:escape|leave|exit|get out of|out of) (?:this|my|the) (?:life|world|existence|"
            r"body|head|pain)\b[^.!?;\n]{0,20}(?:for good|permanently|forever|by dying|death|"
            r"dying|is death|would be death|through death)",
            r"\b(?:escape|escaping|end|ending|stop|stopping) (?:it|the pain|this|my pain|"
            r"everything) by (?:dying|death|killing {self}|ending it|ending my life|suicide)\b",
            r"\bby (?:dying|killing {self}|ending it all|ending my life|taking my life)\b",
            r"\b(?:run|ran|running) out of (?:options|ways|reasons|hope|choices)\b(?=[^.!?]"
            r"{0,40}(?:die|death|dying|alive|left|end))",
        ),
    ),
    Sign(
        SELF_HARM,
        "a plan or a means",
        (
            r"\b(?:nobody|no one|no-one)(?:'d| would| will|'ll)? (?:stop|catch|see) me (?:from )?(?:jumping|falling|going over)\b",
            r"\b(?:ceiling fan|beam|banister|hook|rafter|loft hatch)\b[^.!?;\n]{0,60}\b(?:rope|noose|cord|belt)\b|\b(?:rope|noose)\b[^.!?;\n]{0,60}\b(?:ceiling fan|beam|banister|hook|rafter|tonight|neck)\b",
            r"\b(?:gun|pills|rope|bridge|train|car)\b[^.!?;\n]{0,20}\bwould make (?:dying|it|death|the end) (?:quick|quicker|easy|easier|fast|painless)\b",
            r"\b(?:walk|walking|go|wade|swim) (?:into|intae|in) the (?:river|sea|lake|water|ocean|loch|canal)\b[^.!?;\n]{0,30}\b(?:not|no|never) come (?:out|back|oot)\b",
            r"\b(?:drink|drinking|swallow|take|taking) (?:the |some )?(?:rat poison|bleach|poison|antifreeze|weedkiller|pesticide)\b",
            r"\b(?:the )?(?:bridge|railing|ledge|roof|cliff)\b[^.!?;\n]{0,40}\b(?:jumping|jump|go over)\b(?=[^.!?;\n]{0,30}(?:nobody|no one|stop me|easy|low))",
            r"\b(?:saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
            r"counting|counted|stashing|stashed|gathering|gathered|buying|bought|storing|stored|putting "
            r"aside|setting aside|hiding away|keeping back|putting away) "
            r"(?:up )?(?:my |all my |the |some |enough |extra |all the )?{pills}\b",
            r"\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|overdose on|"
            r"od on|neck|necking|necked) (?:all|every|a whole|the whole|a bunch|a handful|a lot|"
            r"all of|everything|them all|enough|too many) ?(?:of )?(?:my |the |these |those |"
            r"the rest of my |the |of the )?(?:bottle of |box of |packet of |pack of |strip of )?"
            r"(?:{pills})\b",
            r"\b(?:swallow|swallowing|swallowed|take|taking|took|down|downing|downed) everything "
            r"in the (?:medicine )?(?:cabinet|cupboard|drawer|bathroom|house)\b",
            r"\b(?:overdos(?:e|ed|ing)|od(?:'d|'ing|ed|ing)?|o\.d)\b(?! on (?:caffeine|coffee|"
            r"sugar|chocolate|candy|sweets|netflix|tv|carbs|cheese|pizza|love|cuteness|work)\b)"
            r"(?=[^.!?;\n]{0,40}|$)",
            r"\b(?:noose|slit (?:my|his|her)? ?wrists?|slitting (?:my )?wrists?|cut (?:my|open my) "
            r"wrists?|open my wrists|cut my (?:own )?throat)\b",
            r"\b{harm_verb} {self} to death\b",
            r"\b(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|"
            r"poisoned|gas|gassing|gassed|stab|stabbing|stabbed|electrocute|electrocuting|"
            r"suffocate|suffocating|suffocated|strangle|strangling|throw|throwing|threw|burn|"
            r"set fire to|hurl|hurling) {self}\b(?! (?:in|into|at) (?:work|my work|the work|a "
            r"project|it|the task|the deep end|the job)\b)",
            r"\b(?:rope|gun|pistol|rifle|razor blades?|blade|knife|knives|pills|belt|cord|"
            r"shotgun|firearm)\b[^.!?;\n]{0,40}\b(?:to (?:die|end it|hang|kill|do it|end my life|"
            r"finish it)|on {self}|to my (?:head|throat|wrist|chest)|end it|for {self})\b",
            r"\b(?:use|using|used|point|pointing|pointed|turn|turning|turned|held|hold|holding|"
            r"put|putting|press|pressed|pressing) (?:it|the gun|a gun|his gun|my dad's gun|a "
            r"knife|the knife|the blade|a blade|the rope|the barrel) (?:on|to|against|at) "
            r"(?:{self}|my (?:own )?(?:head|chest|throat|wrist|wrists|temple|neck|heart))\b",
            r"\b(?:jump|jumping|jumped|leap|leaping|leapt|throw {self}|fall|falling|step|stepping|"
            r"stepped|walk|walking|walked|drive|driving|drove|swerve|swerving|crash|crashing|"
            r"let go|let myself fall) (?:\w+ ){0,2}(?:off|from|in front of|into|under|onto|over|"
            r"of) (?:a|the|this|that|my|our|an|oncoming) (?:\w+ )?(?:{high_place}|train|bus|"
            r"car|truck|lorry|traffic|river|sea|lake|ocean|tree|wall|oncoming traffic|"
            r"motorway|highway|road|water|canal)\b",
            r"\b(?:ready|going|want|wanted|planned|planning|about|tempted|thought about|"
            r"thinking about|thinking of|drove there|went there|stood there) (?:to )?(?:just )?"
            r"(?:jump|jumping|leap|step off|let go|fall|swerve|crash)\b(?! (?:in|into|on|at|for|"
            r"rope|start|the queue|the line|ship|up|around|through|over|back)\b)",
            r"\b(?:bought|buy|got|ordered|have|found|keep|keeping) (?:a |some |the |new |my )?"
            r"(?:gun|rope|pills|blades?|razors?|pistol|noose|charcoal|helium)\b.{0,60}\b(?:know "
            r"what (?:it's|its|it is|they're|they are) for|(?:it's|its|it is|they're|it was|it "
            r"wasnt|it wasn't) (?:not )?for (?:me|myself)|wasn't for|wasnt for)\b",
            r"\b(?:{high_place})\b[^.!?;\n]{0,30}\bto (?:just )?(?:jump|leap|fall|let go)\b",
            r"\b(?:(?:stood|standing|sat|sitting|stand|sit) (?:on|at|by) (?:the|a) (?:edge|ledge|"
            r"railing|rail|side) of (?:the|a) (?:{high_place}))\b",
            r"\bhow (?:easy|simple|quick) it (?:would|could) be to (?:just )?(?:step|jump|let go|"
            r"fall|swerve|crash|die|end|drive|walk|lean|go in|fall in|go over|drive off)\b",
            r"\bwhich (?:bridge|building|pills|method|rope|tree|cliff|way) (?:i'd|i would|i will|i'll|"
            r"to) use\b",
            r"\b(?:step|stepping|stepped) (?:off|out) in front of\b",
            r"\b(?:rope|gun|pills|blade|knife|belt)\b.{0,60}\bwhat i'd use (?:it|them) for\b",
            r"\bif i (?:do it|go through with it)\b[^.!?;\n]{0,60}\b(?:no one|nobody|alone|away|walks "
            r"in|finds)\b",
            r"\b(?:{pills}) (?:\w+ ){0,2}(?:lined up|counted out|in front of me|in my hand|on the "
            r"(?:bed|table|bedside))\b",
            r"\b(?:high|tall|deep|strong|enough|many|much|long|far) (?:\w+ )?(?:enough )?to "
            r"(?:die|kill {self}|kill me|end it|be fatal|be lethal|not survive|not wake up)\b",
            r"\b(?:it would take|would it take|does it take|it takes|would take|to take) (?:to )?"
            r"(?:die|kill me|kill {self}|end it|not wake up|be lethal|be fatal)\b",
            r"\b(?:how many|which|what) (?:\w+ ){0,3}(?:{pills}|tablets) (?:it would take|would "
            r"it take|does it take|to die|would kill|to kill|are lethal|is lethal|would be "
            r"enough|are enough)\b",
            r"\b(?:urge|urges|want|wanted|tempted|going|need) to (?:just )?(?:crash|wreck|swerve|"
            r"drive off|drive into) (?:the |my |a )?(?:car|road|bridge|tree|wall|river)\b",
            r"\b(?:{want}|part of me wants|part of me wanted) to (?:just )?jump\b(?! (?:in|into|on|"
            r"at|for|rope|start|up|around|over|back|ship|the queue|the line|through|off (?:this|"
            r"the) (?:call|zoom|meeting))\b)",
            r"\b(?:researching|looked up|looking up|googling|googled|searched|searching|"
            r"reading about|read about|looking into|looked into|research|wondering about|"
            r"wondered about) (?:how to|ways to|methods|painless ways|the best way to|how "
            r"much|how many|how long|lethal|about) (?:\w+ ){0,3}(?:die|kill|end|overdose|hang|"
            r"suicide|lethal|fatal|death|dying)\w*",
            r"\b(?:have|made|got|worked out|figured out|have got|making|make|started|started "
            r"making) (?:a|the|my|a real|a proper) plan (?:to|for|of how|about how|on how) "
            r"(?:\w+ )?(?:end|kill|die|do it|how|it)\b",
            r"\b(?:picked|chose|set|chosen|decided on|pick|choose) (?:a|the) (?:date|day|time|"
            r"place|method|spot|way)\b(?=[^.!?;\n]{0,40}\b(?:die|end|do it|go|kill|jump)\w*\b)",
            r"\b(?:that's|thats|this is) how i(?:'d| would|'ll| will) (?:do it|go|end it)\b",
            r"\b(?:meds|pills|tablets|insulin)\b.{0,40}\bhow (?:much|many) (?:\w+ )?(?:would be|is|"
            r"would) enough\b",
            r"\b(?:got|have|bought|keep) (?:the|a) (?:rope|gun|pistol|rifle|shotgun)\b.{0,60}\b(?:look at "
            r"it|keep (?:looking|going)|thinking|ready)\b|\b(?:rifle|gun|pistol|shotgun|rope)\b.{0,40}\b"
            r"how i'd do it\b",
            r"\bi know (?:why|what) i(?:'m| am) (?:keeping|saving|doing|planning) (?:them|it|this|"
            r"there)?\b",
            r"\b(?:stand|stood|standing) at the (?:top|edge|top level|top floor)\b.{0,40}\blook(?:ing|"
            r"ed)? down\b",
            r"\b(?:know|figured out|decided|worked out|working out|know exactly|thought through) "
            r"(?:exactly )?"
            r"(?:how|when|where) (?:i'd|i would|i will|i'll|i'm going to|i'm gonna|i can|to) "
            r"(?:do it|end it|kill|die|go)\b",
            r"\b(?:have|got|bought|gathered|collected|found) (?:everything|all|what) i (?:need|"
            r"needed) (?:to|for)\b(?=[^.!?;\n]{0,30}\b(?:die|end|do it|it now|kill)\w*)",
            r"\b(?:engine|car)\b[^.!?;\n]{0,60}\b(?:closed |shut )?garage\b|\bgarage\b[^.!?;\n]"
            r"{0,60}\bengine (?:\w+ )?(?:running|on|going)\b",
            r"\b(?:walk|walking|walked|step|stepping|stepped|run|running|ran|wander|wandering) "
            r"(?:out )?into (?:the )?(?:traffic|the road|oncoming traffic|the sea|the river|the "
            r"lake|the ocean|the water|the motorway)\b",
            r"\b(?:crash|crashing|crashed|wreck|wrecking|wrecked|drive|driving|drove|swerve|"
            r"swerving) (?:my|the) car\b[^.!?;\n]{0,30}\b(?:on purpose|deliberately|into|off)\b",
            r"\b(?:made up my mind|decided|i've decided|i'm going|i intend|intend|going|"
            r"planning|plan) to (?:die|end it|kill {self}|do it tonight|end my life|take my "
            r"life|go through with it)\b",
            r"\b(?:intend|intending|intention|going|plan) to act on (?:them|it|these|those|the "
            r"thoughts)\b",
            r"\bnot (?:going to be|be) (?:alive|here|around) (?:by|after|for|much longer|next)\b",
            r"\b(?:my|the|an?|last|first|second) (?:suicide )?attempt\b(?=[^.!?;\n]{0,40}"
            r"(?:still|again|think|finish|try|next|since|survived|failed|wish|hospital))",
            r"\b(?:tried|try|trying|attempted) (?:to )?(?:die|kill {self}|end it|end my life|"
            r"take my life|overdose)\b",
            r"\b(?:started|began|tried|try) to (?:swallow|take|down) (?:the |my |all the |all my )?"
            r"{pills}\b",
            r"\bpull (?:the|a) trigger\b",
            r"\blife insurance\b[^.!?;\n]{0,40}\b(?:suicide|pays out|if i die|kill)\w*",
        ),
    ),
    Sign(
        SELF_HARM,
        "saying goodbye, giving things away",
        (
            r"\b(?:won't|will not|wont|won't even) be (?:alive|living|breathing|around anymore)\b",
            r"\b(?:find|found|finds|finding|discover|discovers) my body\b",
            r"\b(?:last|final) time (?:before|that) i (?:go through with it|do it|die|go|end it|kill "
            r"{self})\b|\bbefore i go through with it\b",
            r"\b(?:this is|consider this|here's|this is my|it's time for) (?:my |a )?(?:final |"
            r"last )?goodbye\b",
            r"\b(?:final|last|real|forever) goodbye\b|\bgoodbye (?:forever|for good|for ever|"
            r"world|everyone i love|cruel world)\b",
            r"\b(?:saying|say|said|said my|saying my|say my) (?:my )?goodbyes?\b(?=[^.!?;\n]"
            r"{0,60}\b(?:forever|for good|dead|die|alive|gone|end|sorry|strong enough|"
            r"before i|in case|won't see|never see)\w*)",
            r"\bgoodbye\b[^.!?;\n]{0,60}\b(?:death|die|dead|alive|stay alive|strong enough|"
            r"not (?:her|his|your) fault)\w*",
            r"\b(?:wrote|writing|written|left|leave|leaving|finished|drafted|drafting|typed|"
            r"typing) (?:a |my |the )?(?:last |final |goodbye |suicide )?(?:note|letter|"
            r"letters|notes|message|messages|email|emails|video|will) (?:for|to) "
            r"(?:everyone|my family|my kids|my mum|my mom|my dad|them|when i'm gone|after i'm "
            r"gone|him|her|you all|each of them|the people|my partner|my friends|everyone i love|"
            r"my sister|my brother)\b(?=[^.!?;\n]{0,60}\b(?:after|when|gone|die|dead|find|"
            r"something|remember|sorry|goodbye|last)\w*|\s*(?:[.!?,;]|$))",
            r"\b(?:goodbye|suicide|farewell) (?:notes?|letters?|messages?|videos?|posts?|texts?)\b",
            r"\bgoodbyes?\b.{0,30}\blast time\b",
            r"\b(?:i'd|i'll|i will|i would) not be around (?:to|anymore|much longer)\b",
            r"\bafter am (?:dead|gone)\b",
            r"\b(?:giving|gave|give|given|handing|handed|leaving|left|getting rid of|got rid of|"
            r"sold|selling|donating|donated|passing on|passed on) (?:away )?(?:all )?(?:of )?"
            r"(?:my|all my|everything|the rest of my|most of my)? ?(?:\w+ )?(?:things|stuff|"
            r"belongings|possessions|clothes|books|cat|dog|pets|guitar|jewellery|jewelry|"
            r"savings|everything|plants|records|camera|games|hoodie|stuff|i own|i have|"
            r"collection)\b(?=[^.!?;\n]{0,80}\b(?:die|dead|alive|need it|need them|gone|after "
            r"i|won't be|wont be|not planning|don't plan|won't need|living much)\w*)",
            r"\b(?:making|made|updated|updating|wrote|writing|sorted|finished|signed) (?:a|my) "
            r"will\b(?=[^.!?;\n]{0,60}\b(?:die|dead|gone|soon|won't be|in case|just in case|"
            r"after i|for when)\w*)",
            r"\b(?:putting|put|getting|got|set|setting|sorting|sorted) (?:all )?(?:my )?"
            r"(?:affairs|things|life|stuff|accounts|papers) in order\b",
            r"\b(?:cancel|cancelled|canceled|cancelling|emptied|emptying|closed|closing) (?:\w+ )?"
            r"(?:subscriptions|accounts|desk|room|lease)\b(?=[^.!?;\n]{0,60}\b(?:won't be|"
            r"wont be|alive|die|dead|gone|next month|not be here)\w*)",
            r"\b(?:won't|will not|wont|wouldn't) (?:be (?:around|here|a problem|a burden|"
            r"bothering you|in your way|alive|here to)|have to (?:worry|deal) (?:about|with) me)"
            r"\b(?=[^.!?;\n]{0,30}\b(?:much longer|for (?:much|very) long|anymore|soon|after "
            r"(?:tonight|today|this)|ever again|next|by|tomorrow|dead|because|to need)\w*|\s*"
            r"(?:[.!?,;]|$))",
            r"\b(?:after|from) (?:tonight|today|this) (?:you|they|nobody|no one) (?:won't|will "
            r"not|wont|will never|never) (?:have to|need to) (?:worry|deal|bother)\b",
            r"\bthis (?:is|will be) (?:my|the) (?:very )?last (?:entry|message|note|time you "
            r"hear from me|night|time i|day)\b",
            r"\b(?:take care of|look after|feed|walk) (?:my|the) (?:kids|children|cat|dog|pets|"
            r"mum|mom|plants) (?:for me )?(?:when|after) i'm gone\b",
            r"\bi won't be (?:here|alive|around) (?:tomorrow|next week|much longer|for long|"
            r"anymore|next month|by)\b",
            r"\b(?:so|so that) (?:nobody|no one|they|my family|my mum|my mom) (?:has|have|will "
            r"have|won't have) to (?:do it|clean|deal|sort|find)\b[^.!?;\n]{0,40}\bafter i\b",
            r"\b(?:something|a piece) (?:of me )?(?:to remember me by|of me after i)\b",
            r"\b(?:please )?(?:don't|do not) (?:come )?(?:look|looking) for me\b",
            r"\bif anything (?:happens|should happen|were to happen) to me\b",
            r"\b(?:i'm sorry|sorry) (?:i wasn't|i'm not|for not being) strong enough\b",
            r"\b(?:couldn't|can't|could not|cannot) (?:stay|keep|go on) (?:alive|living|being alive)\b",
            r"\b(?:not|don't|never) (?:planning on|plan on|plan to be|planning to be) (?:being "
            r"|living |staying )?(?:alive|here|around|living|much longer)\b",
        ),
    ),
    Sign(
        SELF_HARM,
        "hurting oneself",
        (
            r"(?:^ ?|[.!?;,\n] ?|\band )(?:to )?(?:cut|cutting|carved|carve|cut up) (?:up )?(?:my|me) (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|forearms?|belly)\b(?! (?:on|with|while|shaving|chopping|opening|open|at|in the)\b)",
            r"\b(?:cutting|burning|scratching|carving) (?:my|me) (?:skin|wrists?|arms?|thighs?)\b",
            r"\b(?:brain|head|mind|voice|thoughts?|heid) (?:goes|says|tells me|keeps saying)\b[^.!?;\n]{0,40}\b(?:hurt|cut|punish|burn) yourself\b",
            r"\b(?:relapsed|relapse)\b[^.!?;\n]{0,20}\b(?:cut|cutting|hurting myself|self[- ]?harm|sh)\b|\b(?:relapsed|relapse)\b[^\n]{0,40}\b(?:not hurting myself|not cutting|clean)\b",
            r"\b(?:almost|nearly) (?:cut|hurt myself|burned myself)\b[^.!?;\n]{0,30}\b(?:days|weeks|months) clean\b|\bthrew (?:the|my) (?:blade|razor)\b",
            r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|harm|harming|harmed|scratch|"
            r"scratching|scratched|starve|starving|starved|punish|punishing|punished|injure|"
            r"injuring|injured|mutilate|mutilating|mutilated|carve|carving|carved|bruise|"
            r"bruising|bruised|pinch|pinching|pinched|bite|biting|bit|hurt|hurting|hurts|hit|"
            r"hitting|punch|punching|punched|bang|banging|banged|slap|slapping|slapped|choke|"
            r"choking|choked|stab|stabbing|stabbed|whip|whipping) {self}\b(?! (?:shaving|"
            r"cooking|chopping|by accident|accidentally|on (?:the|a|my)|with (?:the|a|my) "
            r"(?:knife|kettle|iron|oven|pan|hammer|car door|door|weights?|bar)|while "
            r"(?:cooking|shaving|gardening|running|lifting|playing|training|working out|"
            r"hiking|climbing|cleaning)|at (?:the )?(?:gym|work|training|football|rugby|"
            r"practice)|in (?:the|a) (?:face|kitchen|garden|gym|game|match|race)|up (?:about|"
            r"over)|out of|(?:back|go) to sleep|laughing|playing|lifting|running|doing|"
            r"falling|slipping|tripping|snooping|reading|looking|checking|scrolling|by (?:reading|looking|"
            r"checking|snooping|scrolling)|badly (?:at|in|on|playing|lifting))\b)",
            r"\bself[- ]?(?:harm|harmed|harming|harms|injury|injuries|injure|injuring|injured|"
            r"hate cut|mutilat\w*|destruct\w*)\b",
            r"\b(?:sh|s/h|nssi)\b(?= (?:again|urges?|scars?|cuts?|wounds?|relapse|free|clean|"
            r"tonight|today|last night|this week|is|was|has|helps|counter|streak))",
            r"\bnssi\b",
            r"\b(?:urge|urges|want|wanting|wanted|need|needing|tempted|craving|crave|itch|"
            r"itching) to (?:cut|burn|sh|self harm|hurt {self}|harm {self}|scratch|carve|bleed|"
            r"punish {self}|hit {self}|bang my head)\b(?! (?:ties|back|down|corners|class|in|"
            r"the|my hair|him|her|them|out|off|it|this|that|a|some)\b)",
            r"\b(?:i|i'm|i've|i was|i keep|me|my|i ended up|i started|ended up|started|been|"
            r"keep|kept|stop|stopped|feel like|thinking about|thought about|urge|back to|went "
            r"back to|go back to|relapsed|relapse|resort to|resorted to|turned to|turn to|"
            r"about|quit|quitting|stopping) (?:\w+ ){0,2}(?:cutting|burning|scratching|"
            r"carving|self-harming)(?=\s*(?:[.!?,;]|$)|\s+(?:again|myself|is|was|helps|helped|"
            r"makes|made|has|because|when|to cope|tonight|today|last night|so|but|and|or|"
            r"felt|feels|used to|became|until|the only|gives|calms|works|since|for)\b)",
            r"(?:^ ?|[.!?;\n] ?)(?:cutting|burning myself|scratching|self harming|self-harming) "
            r"(?:is|was|helps|has|makes|became|feels|gives|works|calms)\b",
            r"\b(?:cuts?|scars?|wounds?|gashes|slashes|burns|bruises|marks) (?:\w+ )?(?:on|all "
            r"over|along|across|up|down) (?:my )?(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin|"
            r"body|ankles?|forearms?|belly)\b(?! from (?:the|a|my) (?:accident|surgery|operation|"
            r"crash|fall|bike|dog|cat|oven|chicken pox|op|gym|garden|gardening|hedge|roses|"
            r"bramble|climbing|rugby|football)\b)",
            r"\b(?:hide|hiding|hid|cover|covering|covered|conceal|concealing) (?:up )?(?:the |my "
            r"|all the |these |those )?(?:cuts|scars|marks|wounds|burns|arms|wrists|thighs|"
            r"bandages?|plasters)\b",
            r"\b(?:cuts?|scars?|marks?|wounds?|burns?) i (?:made|did|gave myself|left|caused)\b",
            r"\b(?:sees?|see|notice|notices|find|finds|know|knows|hide|hides) what i (?:did|do|"
            r"have done|'ve done) to {self}\b",
            r"\b(?:did|do|done) (?:this |it |that )?to {self}\b(?=[^.!?;\n]{0,30}\b(?:cut|"
            r"blade|scar|bleed|bled|stitches|sleeves|arm|wrist|thigh|skin)\w*)",
            r"\b(?:cut|cuts|cutting) i (?:did|do|made|make) to {self}\b",
            r"\bi (?:cut|burned|burnt|scratched|carved|sliced|bit) (?:it|again|deeper|deep|too "
            r"deep|tonight|last night|today|my (?:own )?(?:{body}))\b(?! (?:on (?:the|a)|while|"
            r"shaving|chopping|cooking|by accident|accidentally|out|off|in half|up|down|open|"
            r"back|close|fine|short|short|into pieces|on glass|on a)\b)",
            r"\b(?:cut|cutting) (?:deeper|deep|too deep|again)\b",
            r"\bcarv(?:e|ed|ing) (?:into )?(?:my )?(?:{body})\b",
            r"\bcarv(?:e|ed|ing)\b[^.!?;\n]{0,25}\binto my (?:own )?(?:{body})\b",
            r"\b(?:picking|picked|pick|scratching|scratched|reopening|reopened|opening|opened|"
            r"tearing|tore) (?:at |open )?(?:the |my |these |those )?(?:cuts|scabs|wounds|scars|"
            r"stitches)\b",
            r"\b(?:digging|dig|dug|pressing|pressed|press) (?:my )?(?:nails|fingernails|a pin|a "
            r"needle|a blade|the blade|a pen|a compass) into my (?:own )?(?:{body})\b",
            r"\bmutilat\w* (?:my|myself)\b",
            r"\b(?:burned|burnt|cut|scratched|scalded|hit|punched|bit) my (?:own )?(?:{body})\b"
            r"[^.!?;\n]{0,40}\b(?:because i (?:needed|wanted|deserved)|to feel|on purpose|until)\b",
            r"\b(?:wanted|want|needed|need) it to hurt(?: me)?\b",
            r"\b(?:cut|cutting|sh|self[- ]?harm\w*|burn\w*|hurt {self})\b[^.!?;\n]{0,40}\b(?:want|"
            r"wanna|urge|need|going|tempted) to (?:do it )?(?:again|tonight)\b",
            r"\b(?:the )?(?:blade|razor|razors|blades|sharpener|scissors|compass)\b.{0,30}"
            r"\b(?:my )?(?:arms?|wrists?|thighs?|skin|legs?|stomach)\b",
            r"\b(?:{harm_verb}|slammed|slamming|pressed|pressing|rubbed|dug|picked|broke|burned) "
            r"(?:my|myself|the wall|a wall|the door|the hot|my own|a hot|the iron|a lighter)\b"
            r"[^.!?;\n]{0,40}\b(?:on purpose|deliberately|intentionally)\b",
            r"\b(?:{harm_verb}|scratched|rubbed|pinched|dug|picked|pressed|scrubbed|bit) "
            r"(?:[\w']+ ){0,6}(?:until|till|til|so) (?:it|they|i|my \w+) (?:bled|bleed|bruised|"
            r"bruise|hurt|burned|blistered|scarred|went numb|was raw|were raw|broke)\b",
            r"\b(?:made|make|making) {self} (?:bleed|bruise|hurt|sick|throw up)\b",
            r"\b(?:bang|banged|banging|hit|hitting|hits|slam|slammed|slamming|smash|smashed|"
            r"smashing) my (?:own )?(?:head|fists?|hands?|arms?|legs?) (?:against|on|into|off) "
            r"(?:the|a|my) (?:wall|walls|desk|floor|door|table|mirror|headboard)\b(?=[^.!?;\n]"
            r"{0,40}|$)(?<!hit my head on the)(?!\s+(?:by accident|accidentally|when i (?:fell|"
            r"slipped|tripped|stood)))",
            r"\b(?:broke|broken|burned|burnt|cut|bit|scalded) my (?:own )? ?(?:\w+ )?(?:{body})? ?"
            r"on purpose\b",
            r"\bpunish(?:ing|ed)? {self}\b|\bpunish my body\b",
            r"\b(?:punched|punching|punch|slapped|slapping|slap|stabbed|stabbing|whipped|"
            r"whipping|strangled|strangling|choked|choking|starved|starving) {self}\b",
            r"\b(?:i|i've|i'm|i've been|been|i was|i keep|i kept|keep|kept|i started|started) "
            r"(?:\w+ )?(?:burning|cutting|carving|stabbing|scalding|slicing|branding) my (?:own )?"
            r"(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body|ankles?|forearms?|belly|"
            r"chest)\b",
            r"\bdeserve (?:to hurt|the pain|to bleed|to suffer|to be hurt)\b",
            r"\bpressed (?:the|a) (?:hot |burning )?(?:iron|lighter|cigarette|lit cigarette|"
            r"match|knife|blade)\b",
            r"\b(?:the |my )?(?:need|urge|urges) (?:to|for) (?:bleed|pain|physical pain|see "
            r"blood|feel pain)\b",
        ),
    ),
    Sign(
        SELF_HARM,
        "someone else speaks of suicide",
        (
            r"\b(?:he|she|they|my \w+|someone|a friend) (?:\w+ )?(?:said|says|told me|texted|wrote|"
            r"keeps saying|talks about|talked about|mentioned|posted|is talking about|has been "
            r"talking about) (?:that )?(?:he|she|they)?(?:'d|'s|'ll| is| was| will| would)? ?"
            r"(?:going to |gonna |want to |wants to |wanted to |thinking about |thought about |"
            r"planning to )?(?:kill|killing|end|ending|take|taking|hurt|hurting) (?:himself|"
            r"herself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?"
            r"life)\b",
            r"\b(?:he|she|they|my \w+) (?:is|was|'s|has been|seems|sounds) (?:\w+ )?suicidal\b",
        ),
    ),
    Sign(
        SELF_HARM,
        "hurting oneself, in recovery",
        (
            r"\binstead of (?:cutting|self[- ]?harm\w*|hurting {self}|burning {self}|sh)\b",
            r"\b(?:trying|try|tried|fighting|struggling|working) (?:so hard |really hard |hard )?"
            r"not to (?:cut|burn|sh|self[- ]?harm|hurt {self}|harm {self}|relapse|scratch)\b",
            r"\blong sleeves\b.{0,50}\b(?:arms|wrists|cuts|scars|marks|see|asks|notice)\b",
            r"\b(?:haven't|have not|hadn't|didn't|did not) (?:cut|self[- ]?harmed|hurt {self}|"
            r"harmed {self}|burned {self}|sh'd|relapsed|sh)\b(?=[^.!?;\n]{0,20}\b(?:in|for|"
            r"since)\b)",
            r"\b(?:relapsed|relapse|relapsing)\b(?=[^.!?;\n]{0,30}\b(?:cut|cutting|sh|self[- ]?"
            r"harm|blade|razor|burn|scratch)\w*)",
            r"\b(?:cut|cutting|sh|self[- ]?harm|burning|self-injury)\w* (?:relapse|free|clean|"
            r"streak|counter)\b",
            r"\bclean (?:for |of |from )?(?:\w+ )?(?:days?|weeks?|months?|years?)? ?(?:from|of) "
            r"(?:cutting|sh|self[- ]?harm\w*|hurting {self}|burning|self[- ]?injury)\b",
            r"\b(?:without|free of|free from|since i stopped|since i last) (?:cutting|sh|self[- ]?"
            r"harm\w*|hurting {self}|burning {self}|cut|sh'd|hurt {self}|harmed {self}|burned "
            r"{self})\b",
            r"\bday \d+ (?:no|without|of no|free of|clean from|clean of) (?:self[- ]?harm\w*|cutting|sh)\b",
            r"\b\d+ (?:days?|weeks?|months?) (?:no|without) (?:self[- ]?harm\w*|cutting|sh)\b",
            r"\b(?:from|for|since) \d+ (?:days?|weeks?|months?)\b[^.!?;\n]{0,20}\b(?:haven't|have not|"
            r"not) (?:hurt|harmed|cut|burned) {self}\b",
            r"\bno (?:cutting|self[- ]?harm\w*|sh) (?:for|in|since) \w+ (?:days?|weeks?|months?)\b",
            r"\b\w+ (?:days?|weeks?|months?|years?) (?:clean|free|without) (?:from |of )?"
            r"(?:cutting|sh|self[- ]?harm\w*|hurting {self}|burning)\b",
            r"\b(?:days|weeks) clean counter\b",
        ),
        negation_keeps=True,
    ),
    # -- afraid of a partner (domestic-abuse services' signs; docs/care.md) -----------------
    Sign(
        FEAR,
        "violence",
        (
            r"\b(?:starts?|started|starting|takes?|took) (?:swinging|swingin|a swing|swings) at me\b|\bswing(?:s|ing)? at me again\b",
            r"\b(?:split|busted|burst) my (?:lip|eyebrow|nose|head)\b|\bgave me a black eye\b|\bbroke my (?:nose|arm|ribs?|jaw|finger|wrist|tooth)\b",
            r"\b(?:held|holds|grabbed|grabs|had|has) me by the (?:throat|neck|hair)\b|\bhands? (?:around|round|on) my (?:throat|neck)\b",
            r"\b(?:he|she) (?:hits|beats|slaps|punches)(?= ?(?:[.!?,;]|$|again|me))",
            r"\b(?:{violent}) me\b(?! (?:up|with (?:a|the) (?:pillow|cushion|snowball|joke|"
            r"question|news|truth|bill|facts?|stat|compliment|offer|idea|request|text|message)"
            r"|back|off (?:the|a) list|to it|at (?:chess|cards|mario|scrabble|monopoly|the "
            r"game|fifa|tennis|poker|pool|darts|running)|in (?:a|the) (?:race|game|match|"
            r"argument|debate)|a text|a message|a line|a kiss|a hug|a note|away|to (?:apply|try|"
            r"do|be|go|grow|succeed|improve|study|get help|take|keep|write|talk|see a|open up|"
            r"speak|ask|say|finish|start|change|join|sign|enter|dream|believe|reach|stay)|on "
            r"(?:the|a) (?:swing|sledge|sled)|forward|higher|harder|further|out of my comfort "
            r"zone)\b)",
            r"\b(?:{partner}|someone|somebody) (?:\w+ ){0,2}(?:{violent}) my (?:{body}|hair|jaw|"
            r"ribs?|back|side|nose|mouth|lip|eye|ear|cheek|wrist)\b(?! (?:to (?:stop|save|help|"
            r"catch|steady|pull me|keep me|get my attention)|gently|softly|playfully)\b)",
            r"\b(?:by|around|round|on) my (?:throat|neck|hair)\b",
            r"\b(?:until|till|so|and) i (?:could not|couldn't|can't|cannot) breathe\b(?! (?:from|with|"
            r"for) laugh\w*)",
            r"\b(?:{partner}) (?:put|puts|had|wrapped|wraps|placed) {their} hands? (?:around|on|"
            r"round|over) my (?:neck|throat|mouth|face)\b",
            r"\b(?:{partner}) (?:gets|got|getting|became|becomes|can be|was|is|has been|gets "
            r"really|got really) (?:physical|violent|rough|handsy) (?:with|towards|toward|to) me\b",
            r"\b(?:physically|badly) (?:hurt|hurts|hurting|harmed|abused|attacked) me\b",
            r"\b(?:he|she|they|my {partner_noun}) (?:hurt|hurts|has hurt|hurt me) me (?:again|"
            r"physically|badly|last night|so badly|on purpose|every time)\b",
            r"\bviolent (?:with|towards?|to|at) me\b",
            r"\b(?:bruises|marks|a black eye|a split lip|a fat lip|a broken (?:rib|nose|arm|"
            r"wrist|finger)|fingermarks|finger marks|handprints?) (?:\w+ ){0,3}(?:from (?:him|"
            r"her|them|my {partner_noun})|(?:he|she|they) (?:gave|left))\b",
            r"\b(?:he|she|they) (?:left|gave me|leaves|gives me) (?:bruises|marks|a black eye|"
            r"a split lip)\b",
            r"\b(?:got|get|gets|was|been|being|were) (?:\w+ )?(?:hit|slapped|punched|beaten|beat "
            r"up|choked|strangled|kicked|shoved|pushed|thrown|dragged|bitten|burned|burnt|"
            r"smacked|attacked|assaulted|strangled|suffocated|hurt) (?:again|by (?:him|her|them|"
            r"my {partner_noun})|tonight|last night|today|this morning|this week|in front of)\b",
            r"\b(?:got|get) (?:hit|slapped|punched|beaten|smacked|kicked)\b",
            r"\b(?:black eyes?|split lip|broken (?:nose|rib|arm|wrist)|bruises)\b[^.!?;\n]{0,30}\b(?:this "
            r"time|again)\b|\b(?:he|she|they) (?:says|said|promises|promised) it won't happen again\b",
            r"\b(?:black eye|split lip|bruised ribs|broken rib|fat lip)\b(?=[^.!?;\n]{0,60}\b"
            r"(?:he|she|him|her|told|netball|walked into|fell|said|excuse|covered)\b)",
            r"\b(?:came|comes|coming|lunged|lunges|went|goes) (?:at|for) me\b",
            r"\b(?:{partner}) (?:beat|beats) me up\b",
            r"\bbeat me up\b",
            r"\b(?:threw|throws|thrown|shoved|shoves|pushed|pushes|pinned|pins|slammed|slams|held|"
            r"holds|dragged|drags|knocked|flung|hurled) me (?:\w+ ){0,2}(?:against|into|down|"
            r"across|onto|to) (?:the )?(?:wall|floor|bed|door|stairs|ground|table|couch|sofa|car|"
            r"counter|fridge|bedroom)\b",
            r"\b(?:{partner}) (?:\w+ )?(?:held|holds|pinned|pins) me (?:down|against|still|there|"
            r"so)\b",
            r"\b(?:woke|wakes) (?:up )?(?:with|to) (?:him|her|them) (?:\w+ ){0,2}(?:squeezing|"
            r"choking|strangling|hitting|on top of|holding|pinning|kicking|punching)\b",
            r"\bafter (?:he|she|they) (?:hit|hits|hurt|hurts|attacked|beat) me\b",
            r"\b(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|beat\w*) me in (?:places|spots|"
            r"areas) (?:where|that)\b",
            r"\b(?:started|starts|start|begun|began|has started|keeps|kept) (?:hitting|"
            r"slapping|punching|kicking|choking|shoving|pushing|beating|hurting|grabbing|"
            r"strangling|biting) me\b",
        ),
    ),
    Sign(
        FEAR,
        "threats",
        (
            r"\b(?:put|send) me in (?:the )?(?:hospital|a wheelchair|the ground|a box)\b",
            r"\b(?:do me in|make sure i'm dead|see me dead|have me killed)\b",
            r"\b(?:make|making) sure i'm (?:homeless|penniless|broke|ruined|on the street|left with nothing)\b",
            r"\b(?:she|he) (?:say|said|seh|says) (?:she|he) (?:a go|is going to|will|'ll|would|'d) (?:burn|hurt|kill|beat|cut|stab|scald|chop|mash up) (?:me|mi|i)\b",
            r"\b(?:hurt|harm|take|hurt the|take the) (?:the )?(?:boys|girls|kids|children|baby|babies)\b[^.!?;\n]{0,30}\b(?:to get at me|if i|she said she would|he said he would|like (?:he|she) said)\b",
            r"\b(?:kids|children|boys|girls|baby)\b[^.!?;\n]{0,20}\b(?:will|would|'ll) be the ones who (?:pay|suffer)\b|\bbluffing about taking the (?:kids|children|boys|girls|baby)\b",
            r"\b(?:carry|take|tek) (?:am|him|her|them|the baby|my baby|the kids) away from me\b|\bbefore (?:he|she) (?:do|does) what (?:he|she) said\b",
            r"\b(?:send|sends|post|posts|share|shares|put|puts|leak|leaks|show|shows) (?:the |my |those |these )?(?:them|videos?|photos?|pics?|pictures?|nudes|images?|clear one)\b[^.!?;\n]{0,40}\b(?:if i|unless i|like (?:he|she|they) threaten\w*|to my (?:work|family|boss|parents|church|job))\b",
            r"\b(?:videos?|photos?|pics?|pictures?|nudes|images?|clear one)\b[^.!?;\n]{0,40}\b(?:is next if i|if i (?:don't|do not|leave|go|end it|didn't))\b",
            r"\b(?:out|outing) me (?:as|to)\b|\b(?:tell|ring|call) (?:\w+ ){0,3}(?:i'm|i am|me|mi) (?:gay|bi|trans|lesbian|queer)\b",
            r"\b(?:deport|deported|deporting) (?:me|mi)\b|\bi'm deported\b|\b(?:cancel|withdraw|withdrew|withdrawn|revoke|tore|tear|torn|burn|burned|hid|hide|hides|lock|locked|keeps?|kept|holds?|held) (?:\w+ ){0,3}(?:my )?(?:visa|green card|residency|papers|passport|sponsorship|work permit)\b(?=[^.!?;\n]{0,60}(?:if i|as a warning|over me|report|illegal|police|behave|locked|obey|shelter|desk))",
            r"\b(?:holds|held|holding) my (?:visa|residency|papers|status|green card|passport) over me\b|\bsend me back like (?:he|she) says\b|\b(?:married (?:you|him|her) for papers)\b|\bnow you are illegal\b",
            r"\b(?:report|reports|reporting) me if i\b|\bi'm a murderer\b[^.!?;\n]{0,30}\bso i stay\b",
            r"\b(?:top|tops|topping) (?:himself|herself|themselves|hisself)\b",
            r"\b(?:hurts?|kills?) (?:himself|herself) like (?:he|she) (?:threatens|threatened|said|says)\b",
            r"\byou're next\b|\byou are next\b|\bkill am like (?:he|she) promised\b",
            r"\b(?:get|gets|getting) (?:her|his) (?:cousins|brothers|mates|friends|boys) to (?:do me in|hurt me|beat me|get me|sort me out)\b",
            r"\bwait (?:till|until) you come (?:back|home) and see\b|\btonight (?:i|you) will learn\b|\bshow me pepper\b",
            r"\bif i (?:visit|see|meet|talk to|call) (?:my )?(?:\w+ )?(?:friends|mates|family|mother|mum|mom|sister|ex)\b[^.!?;\n]{0,30}\b(?:will|'ll|would|'d|going to) (?:break|hurt|kill|beat|batter|show)\b",
            r"\b(?:{partner}) {adv}(?:threatened|threatens|threatening|threaten|threatened me) "
            r"(?:me\b|to |that )(?!(?:leave|break up|dump|end (?:it|things|the relationship)|go|"
            r"move out|walk out)\b(?! me with nothing| with the kids))",
            r"\b(?:{partner}) {adv}(?:{says}) (?:that )?(?:\w+ ){0,3}(?:he|she|they|i|i'll|"
            r"i'd|you|you'll)(?:{will})? (?:\w+ ){0,2}(?:{threat_outcome})\b",
            r"\bif i (?:ever )?(?:leave|left|go|went|tell anyone|told anyone|tell|told|call|"
            r"called|report|reported|try|tried|don't|didn't|say no|said no|ever try|go out|"
            r"see|saw|talk to|speak to|don't come back|stop|break up|end it|take the kids)\b"
            r"[^.!?;\n]{0,60}\b(?:he|she|they|my {partner_noun})(?:{will}| (?:says|said|"
            r"swears|told me|threatens|threatened))\b[^.!?;\n]{0,30}\b(?:{threat_outcome})\b",
            r"\b(?:{partner}) (?:\w+ ){0,3}(?:{says}) (?:that )?if i\b[^.!?;\n]{0,60}\b(?:"
            r"{threat_outcome})\b",
            r"\b(?:he|she|they)(?:{will}) (?:\w+ ){0,2}(?:make sure|make me|kill me|hurt me|"
            r"take (?:the|my|our) (?:kids|children|baby))\b(?=[^.!?;\n]{0,60}\bif i\b)",
            r"\b(?:never see|lose) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:again|"
            r"if i)\b",
            r"\b(?:social services|they|the police|the court|immigration) (?:will|would|'ll|'d|are "
            r"going to) (?:take|deport) (?:my|the|our|me)\b",
            r"\b(?:can't|cannot|can not) have me,? (?:then )?(?:no one|nobody|no-one) (?:can|will|"
            r"else)\b",
            r"\b(?:you(?:'d)?|u) better watch (?:yourself|your back|your step|out)\b",
            r"\bthere (?:will|'ll|are|'re|would) be consequences\b|\bthere are consequences\b|"
            r"\byou'll see what happens\b",
            r"\bnext time (?:he|she|they|you)(?:'d|'ll| would| will) (?:\w+ ){0,3}(?:over|at|on) me\b",
            r"\bnext time\b[^.!?;\n]{0,40}\b(?:you're|your|yer) dead\b",
            r"\b(?:no one|nobody) (?:will|would|'ll) (?:ever )?find (?:you|your body)\b",
            r"\b(?:{partner}) (?:threatens?|threatened|threatening) (?:the kids|the children|my kids|"
            r"my family|my mum|my mom|my dog|my cat|my pets|our son|our daughter)\b",
            r"\b(?:learned|learnt) (?:my|your) lesson\b|\bteach (?:me|you) a lesson\b",
            r"\b(?:you'll|you will|you'd|i'll|i will) (?:be|end up|walk out|leave) (?:on the street|"
            r"homeless|with nothing|nothing without (?:me|him|her))\b",
            r"\b(?:empty|drain|clear out|close) (?:the |our |my )?(?:joint )?(?:account|accounts|"
            r"savings)\b(?=[^.!?;\n]{0,60}\b(?:if i|leave|go|homeless|nothing)\b)",
            r"\b(?:visa|sponsorship|deported|deport me|papers)\b[^.!?;\n]{0,50}\bif i (?:leave|go|"
            r"tell)\b|\bif i (?:leave|go|tell)\b[^.!?;\n]{0,60}\b(?:visa|sponsorship|deport\w*)\b",
            r"\bblackmail(?:s|ed|ing)? me\b",
            r"\b(?:if|when) (?:they|your parents|your boss|people|everyone|your family) (?:saw|see|"
            r"found) (?:these|those|them|the (?:photos|pics|pictures|video))\b",
            r"\b(?:filmed|recorded|photographed) (?:us|me)\b.{0,60}\b(?:upload|post|share|send|show|"
            r"leak)\b",
            r"\b(?:he|she|they)(?:'d|'ll| would| will)? ?(?:jump|kill (?:himself|herself|themselves)|"
            r"drive (?:his|her|their) car into|overdose|hurt (?:himself|herself|themselves)|make sure "
            r"it works)\b[^.!?;\n]{0,25}\bif i\b",
            r"\b(?:kill|hurt) (?:myself|himself|herself) if (?:you|i) (?:leave|left|go|went|walk out|"
            r"dump|break up|end it)\b",
            r"\b(?:his|her|their) death (?:is|will be|would be) on me\b|\blook what you made me do\b",
            r"\b(?:next time|this time) (?:she'll|he'll|they'll|she will|he will) make sure it works\b",
            r"\b(?:took an overdose|overdosed|cut (?:himself|herself|themselves)|tried to kill "
            r"(?:himself|herself|themselves)) (?:\w+ ){0,4}(?:when|the last time|after) i (?:ended it|"
            r"left|broke up|tried to leave|went)\b",
            r"\b(?:round|around) (?:his|her|their) (?:own )?neck\b[^.!?;\n]{0,80}\bto stop me\b|\bto "
            r"stop me (?:going|leaving|seeing|from (?:going|leaving|seeing))\b",
            r"\b(?:he|she|they) (?:cut|hurt|burned) (?:himself|herself|themselves) in front of me\b",
            r"\b(?:{partner}) (?:says|said|threatens|threatened|keeps saying|told me) "
            r"(?:he|she|they)(?:'ll|'d| will| would) (?:\w+ )?(?:kill|hurt|harm) (?:himself|"
            r"herself|themselves|themself)\b",
            r"\b(?:kill|hurt|harm) (?:himself|herself|themselves|themself) if i\b",
            r"\bthreat(?:s|ened|ening)?\b(?! to (?:leave|break up|dump|end it|go|move out|walk "
            r"out)\b(?! me with nothing| with the kids))(?=[^.!?;\n]{0,60}\b(?:me|my|worse|kids|children|"
            r"life|him|her|he|she|they|sister|family|leave|police)\b)",
            r"\b(?:i know|he knows|she knows|they know|knows) where (?:you|your|my) (?:\w+ )?"
            r"(?:live|lives|work|works|family|sister|mum|mom|kids|school)\b",
            r"\b(?:he|she|they|it)(?:{will}) (?:\w+ ){0,2}(?:come after|find|hunt) (?:me|you|my)\b",
            r"\b(?:he|she|they|my {partner_noun})(?:{will}|'s going to|'s gonna| wants to| is "
            r"going to|(?:'s| is) (?:actually |really |seriously |definitely |probably |one day |"
            r"eventually )?(?:going to|gonna)) (?:actually |really |one day |eventually |"
            r"probably |definitely |seriously )?(?:kill|hurt|seriously hurt|murder|hit|beat|"
            r"strangle|choke|stab|shoot|beat up) me\b",
            r"\b(?:{partner}) (?:really |genuinely |honestly |actually |sometimes |properly )?"
            r"(?:scares|frightens|terrifies|scared|frightened|terrified) me\b(?! (?:into|with how|"
            r"by (?:not|leaving|going|disappearing)))",
            r"\b(?:end up|ending up|wind up) (?:in a ditch|dead|in hospital|in the hospital|hurt|"
            r"on the street|with nothing|in the river|in the ground)\b",
            r"\b(?:you'll|you will|you'd|i'll|i'd|i will) (?:\w+ )?(?:regret|be sorry|pay)\b"
            r"(?=[^.!?;\n]{0,60}\b(?:he|she|they|says|said|told|if)\b)",
            r"\b(?:my|the) (?:cat|dog|pet|rabbit|kids?|children) (?:might|will|could|would) "
            r"(?:\w+ )?['\"]?(?:go missing|get hurt|disappear|have an accident)\b",
            r"\b(?:send|sending|share|sharing|post|posting|show|showing|leak|leaking) (?:my|the|"
            r"our|those) (?:nudes|photos|pictures|videos|intimate|private|sex)\b",
            r"\b(?:tell|telling) (?:the police|everyone|the court|social services|my boss|my "
            r"work|immigration) (?:that )?i (?:hit|hurt|abuse|abused|attacked|am|was|'m)\b",
        ),
        play_cancels=True,
    ),
    Sign(
        FEAR,
        "weapons",
        (
            r"\b(?:cutlass|machete|shotgun|rifle|handgun|pistol|crossbow|axe|hatchet)\b[^.!?;\n]{0,30}\b(?:at me|out of the house|in the house|waved|pointed|under (?:his|her) (?:bed|pillow))\b|\bwaved (?:a |his |her )?(?:cutlass|machete|knife|gun|bat|hammer|axe) at me\b",
            r"\bkeeps? a (?:kitchen )?(?:knife|gun|blade|bat) (?:by|under|near|beside) (?:the|her|his|our) (?:bed|pillow|side)\b",
            r"\bcleans (?:his|her) gun (?:during|in|when|while) (?:our |we )?(?:fights?|arguments?|rows?|argue)\b",
            r"\bget the (?:shotgun|gun|guns|rifle|knives) out of the house\b",
            r"\bput (?:the|a) (?:knife|gun) on the table between us\b|\bwon't really use the (?:knife|gun)\b",
            r"\b(?:pointed|pulled|held|waved|showed me|brandished|pulls|points|holds|holding|"
            r"waving|pointing|keeps|kept|came at me with|comes at me with|grabbed|grabs) (?:a|"
            r"the|his|her|their|that|this) (?:(?:big|kitchen|sharp|broken|carving|bread|huge|"
            r"massive|loaded|hunting|steak|long) ){0,3}(?:gun|"
            r"knife|blade|weapon|rifle|pistol|shotgun|bottle|bat|hammer|machete|axe|knuckle "
            r"duster|broken bottle|scissors|firearm|crowbar|screwdriver)\b"
            r"(?=[^.!?;\n]{0,60}\b(?:me|at|yelling|shouting|angry|whole time|while|said|told|"
            r"scream|threat|bang|laughed)\w*)",
            r"\b(?:gun|knife|blade|rifle|pistol|shotgun|bottle) (?:at|to|against) my (?:head|"
            r"throat|face|chest|neck|back|stomach)\b",
            r"\b(?:pointed|points|pointing|aimed|aims|aiming) (?:the |a |his |her )?(?:\w+ )?at "
            r"me\b",
            r"\bcame at me with\b",
            r"\b(?:{partner}) (?:has|keeps|got|bought|owns|carries|sleeps with) (?:a |the |his |"
            r"her )?(?:gun|guns|knife|knives|weapon|rifle|pistol)\b(?=[^.!?;\n]{0,60}\b(?:threat|"
            r"scared|afraid|use|me|remind|hint|talk|ending|both of us|kill|if|bed|pillow)\w*)",
            r"\b(?:hid|hide|hiding|hidden) (?:all )?(?:the |his |her )?(?:knives|knife|gun|guns|"
            r"weapons)\b",
            r"\b(?:{partner}) (?:\w+ ){0,4}(?:gun|knife|bat|lighter|screwdriver|hammer|blade|"
            r"machete)\b[^.!?;\n]{0,40}\b(?:argue|argument|fight|angry|to my|against my|at me|smash\w*|"
            r"staring|reminder|windows)\b",
            r"\b(?:held|holds|pressed|presses|put|puts|pushed|pushes) (?:a|the|his|her) (?:lighter|"
            r"knife|blade|screwdriver|gun|scissors|hammer) (?:to|against|at|near|into) my\b",
            r"\bending it for both of us\b|\b(?:kill|end) (?:us|both of us)\b",
            r"\b(?:got|gets|took|takes|brought|brings|had) (?:out )?(?:his|her|their|the) (?:gun|"
            r"knife|rifle|shotgun|pistol|bat|machete) out\b",
            r"\b(?:{partner}) (?:\w+ ){0,3}(?:gun|knife|rifle|shotgun|pistol|knives|guns)\b"
            r"[^.!?;\n]{0,60}\b(?:fight|argument|staring|stared|angry|saw it|leave|leaving|"
            r"divorce|threat\w*|at me|made sure|cleaning)\b",
        ),
    ),
    Sign(
        FEAR,
        "breaking things, intimidation",
        (
            r"\b(?:breaking|smashing|throwing) (?:the )?(?:plates|dishes|glasses|things)\b[^.!?;\n]{0,50}\b(?:abuse|flinch|scared|afraid|never actually touches)\b",
            r"\bflinch at every (?:sound|noise|move)\b",
            r"\bblocked the (?:front |back |bedroom |kitchen )?door\b",
            r"\b(?:kicked|threw|held|hung|dangled|choked|shut) (?:my |the |our )?(?:\w+ )?(?:cat|dog|puppy|kitten|pet|rabbit|\w+) (?:across the room|over the balcony|out in the snow|out of the window)\b",
            r"\bsaid i know what you love\b|\bsmashed my phone because\b",
            r"\bhe's at me for hours\b|\bright up in my face\b",
            r"\b(?:{partner}) {adv}(?:throws|threw|throwing|smashes|smashed|smashing|breaks|broke|"
            r"breaking|punches|punched|punching|kicks|kicked|kicking|"
            r"destroys|destroyed|destroying|trashed|trashes|hurls|hurled|rips|ripped|ripping|"
            r"tore|tears|snapped|snaps|flipped|flips|overturned|upended|shattered|wrecked|"
            r"wrecks|bashed|booted|stamped on|stomped on) (?:up )?(?:\w+ ){0,2}(?:things|stuff|"
            r"plates|dishes|glasses|furniture|chairs?|objects|holes? in|a hole in|wall|walls|"
            r"door|doors|table|tv|phone|window|mirror|car|laptop|clothes|belongings|photos|"
            r"cupboard|living room|kitchen|bedroom|room|house|flat|dog|cat|pet|frame|vase|"
            r"everything|glass|bottle|lamp|guitar|keys|remote|presents?)\b(?! (?:record|news|"
            r"ice)\b)",
            r"\b(?:{partner}) (?:throws|threw|throwing|hurls|hurled|flung|flings) (?:things|"
            r"stuff|something|a \w+|the \w+|his \w+|her \w+|my \w+|plates|glasses) (?:at me|"
            r"around|across|when|if|against|near me|past my head|at the wall)\b",
            r"\bthrew (?:a|the|his|her|my|that) \w+ at me\b",
            r"\b(?:threw|throws|throwing|hurled|hurls|flung|flings|chucked|chucks|lobbed) (?:[\w']+ )"
            r"{0,3}at (?:me|my (?:head|face|body|back|chest))\b",
            r"\b(?:{partner}) (?:throws|threw|throwing) (?:whatever|anything|everything|what(?:ever)? "
            r"is|the nearest)\b",
            r"\b(?:slams|slammed|bangs|banged|smashes|smashed) (?:his|her|their) fists? (?:down )?"
            r"(?:on|onto|into)\b",
            r"\b(?:{partner}) (?:\w+ ){0,2}(?:broke|breaks|smashed|smashes|destroyed|destroys|ripped "
            r"up|rips up|tore up|tears up|burned|burnt|cut up|threw away|throws away|binned|sold|"
            r"gave away) my (?:[\w']+ ){0,3}[\w']+\b[^.!?;\n]{0,30}\b(?:on purpose|deliberately|to "
            r"hurt me|to punish me|because (?:he|she|they) knew)\b",
            r"\b(?:gets|got|getting) (?:right )?(?:up )?(?:close|in my face|over me)\b[^.!?;\n]"
            r"{0,40}\b(?:i go|i went|i freeze|i froze|i'm frozen)\b",
            r"\bi know what comes (?:after|next)\b",
            r"\bto (?:scare|frighten|intimidate|terrify) me\b",
            r"\b(?:took|grabbed|snatched|takes|grabs) my phone (?:\w+ ){0,3}(?:smashed|broke|threw|"
            r"snapped|stamped on)\b",
            r"\bi (?:was|am|'m) (?:still )?(?:shaking|trembling)\b(?=.{0,120}\b(?:he|she|him|her|his)"
            r"\b)|\b(?:he|she|him|her|his)\b.{0,120}\bi (?:was|am|'m) (?:still )?(?:shaking|trembling)\b",
            r"\b(?:{partner}) (?:slams|slammed|slamming) (?:the |his |her |my )?(?:doors?|things|"
            r"cupboards|drawers|his fists?|her fists?)\b(?=[^.!?;\n]{0,40}\b(?:angry|in my face|"
            r"on me|at me|whenever|every time|so hard|rage|scare|mad|furious|shout|yell)\w*)",
            r"(?<!\bi )(?<!i've )(?<!i )(?<!i'm )\b(?:punch|punches|punched|punching|kick|kicks|"
            r"kicked|kicking|smash|smashed|smashing|hitting) (?:\w+ )?(?:the|a|holes in "
            r"the|a hole in the|his fist through the) (?:\w+ )?(?:wall|walls|door|doors|mirror|"
            r"window|windscreen|dashboard|table)\b",
            r"\b(?:hole|holes|dent|dents) in (?:the|our|my) (?:wall|walls|door|doors|plaster)\b",
            r"\b(?:blocks|blocked|blocking|stood in|stands in|stood in front of|stands in front "
            r"of|stand in front of|standing in front of) (?:the )?(?:door|doorway|exit|way|stairs)"
            r"\b",
            r"\bwalk(?:ing)? on eggshells\b",
            r"\b(?:afraid|scared|frightened|terrified|nervous|anxious) (?:of )?(?:how "
            r"(?:he|she|they)(?:'ll|'d| will| would| might) react|setting (?:him|her|them) off|"
            r"(?:his|her|their) (?:face|look|eyes|silence|voice|footsteps|steps|key|car) when|"
            r"(?:his|her|their) (?:reaction|reactions|temper|anger|rage|fists|outbursts|"
            r"violence|moods|mood swings))\b(?! (?:to|when i tell|if i tell|about)\b)",
            r"\b(?:{partner}) (?:gets|got|can get|becomes|became|is|was|goes|went) (?:\w+ ){0,2}(?:scary|"
            r"frightening|terrifying|menacing|mental|crazy|violent|nasty|dangerous)\b",
            r"\b(?:corners|cornered|pins|pinned|stands over|stood over|towers over|towered "
            r"over|looms over|loomed over) me\b",
            r"\b(?:screams|screamed|yells|yelled|shouts|shouted|spits|spat) (?:\w+ )?(?:in|into|"
            r"right in) my face\b|\bright in my face\b",
            r"\b(?:locked|shut|put|left) (?:my|the|our) (?:cat|dog|pet|puppy|kitten)s? (?:outside|out)\b"
            r"[^.!?;\n]{0,40}\bbecause i\b",
            r"\b(?:kicked|kicks|hit|hits|threw|throws|hurt|hurts|strangled|drowned|killed|"
            r"kills|punished|starved) (?:the|our|my) (?:dog|cat|puppy|kitten|pet|rabbit|bird|"
            r"hamster)\b",
            r"\b(?:left|leaves|dumped|dropped) me (?:on the side of|at the side of|in the middle "
            r"of|alone on|stranded)\b",
            r"\b(?:i'm|i am|i'll be|i know i'm) in (?:trouble|for it)\b(?=[^.!?;\n]{0,40}\b(?:home"
            r"|get back|later|tonight|he|she)\b)",
            r"\b(?:that|it|this|next time it) (?:could|will|would|'ll) (?:have )?(?:been|be) "
            r"(?:you|your (?:head|face))\b",
            r"\bmade me (?:clean|watch|pick|tidy)\b(?=[^.!?;\n]{0,40}\b(?:while|mess|smashed|"
            r"broke|up|watched)\b)",
            r"\b(?:the way he|the way she|the way they) (?:looks|looked|stares|stared) at me\b",
            r"\b(?:flinch|flinches|flinched|flinching|jump|jumps|jumped)\b(?=[^.!?;\n]{0,40}\b(?:he"
            r"|she|they|him|her|them|touches|moves|raises|comes)\b)",
            r"\b(?:tiptoe|tip-toe|tiptoeing|creep|creeping) (?:round|around) (?:the house|him|"
            r"her|them)\b",
            r"\bsetting (?:him|her|them) off\b",
            r"\b(?:scared|afraid|frightened|terrified) of how (?:loud|angry|mad|furious|drunk|"
            r"scary|rough) (?:he|she|they) (?:gets|get|got)\b",
            r"\b(?:{partner}) drives (?:\w+ )?(?:too fast|recklessly|like a maniac|dangerously)"
            r"\b(?=[^.!?;\n]{0,30}\b(?:angry|scare|when|with me|punish)\w*)",
            r"\bsmashed up\b|\bsnapped my (?:phone|glasses|sim)\b",
        ),
        play_cancels=True,
    ),
    Sign(
        FEAR,
        "control of money",
        (
            r"\bchanged the (?:bank |card )?(?:password|pin|passcode)s?\b(?=[^.!?;\n]{0,40}(?:again|can't|food|money|buy))",
            r"\bchecks? (?:my wallet|my purse|every purchase|every receipt|my receipts)\b",
            r"\b(?:on|gives? me) an allowance\b",
            r"\btakes? (?:even )?my (?:salary|wages|pay|paycheck|card|money|benefits)\b|\b(?:she|he) took my card\b",
            r"\bhide (?:some )?(?:cash|money)\b[^.!?;\n]{0,30}\b(?:he|she) checks\b|\bno food money\b",
            r"\b(?:{partner}) {adv}(?:takes|took|controls|controlled|keeps|kept|has|holds|held|"
            r"manages|confiscated|confiscates|spent|spends|emptied|empties|drained|drains|stole|"
            r"steals|sold|sells|hid|hides|cancelled|canceled|froze|freezes|changed the "
            r"password (?:on|to)|took away|takes away|gambled|gambles) (?:all |the whole |"
            r"every |most )?(?:of )?(?:my|our joint|our|the joint|the) (?:whole |entire |own )?"
            r"(?:{money})\b",
            r"\b(?:won't|doesn't|does not|will not|wouldn't|didn't|never) (?:let|allow) me (?:to )?"
            r"(?:have|get|keep|see|access|use|open|spend|work|take|touch|know about|look at|"
            r"buy|earn|go to) (?:\w+ ){0,2}(?:money|job|bank account|account|card|cards|work|"
            r"pay|wages|cash|accounts|finances|a job|my own|anything|the login|login|pin|"
            r"statements|the bank)\b",
            r"\b(?:gives|gave|give) me (?:back )?(?:an|a weekly|a monthly|a small|a tiny|a|"
            r"some)? ?(?:allowance|pocket money|£\d+|\$\d+|\d+ (?:pounds|dollars|euros)|a few "
            r"quid)\b",
            r"\b(?:have|had|make me|makes me|made me|i've got) to (?:ask|beg) (?:him|her|them) "
            r"(?:for|before|if i can) (?:\w+ )?(?:money|cash|anything|spending|buying|petrol)\b",
            r"\b(?:put|puts|took out|takes out|opened|opens|signed|ran up|runs up|maxed) "
            r"(?:\w+ ){0,3}(?:loans?|debts?|credit cards?|bills?|every bill|contracts?|a "
            r"mortgage|catalogues?) in my name\b|\bin my name\b(?=[^.!?;\n]{0,40}\b(?:maxed|"
            r"stopped paying|debt|without|never|loan)\w*)",
            r"\b(?:forced|forces|made|makes|pressured|pressures) me (?:to )?(?:take out|sign|"
            r"get|borrow|hand over|give (?:him|her|them))\b",
            r"\b(?:checks|monitors|goes through|went through|controls|questions|questioned|"
            r"interrogates|demands to see|checks every|reads) (?:\w+ ){0,2}(?:every|all|each) "
            r"(?:my )?(?:receipts?|spending|purchases|bank statements?|transactions?|penny|"
            r"pound|place|item|thing i buy)\b",
            r"\b(?:account|answer) for every (?:penny|pound|cent|dollar|minute|receipt)\b",
            r"\b(?:moves|moved|transfers|transferred|takes|took) (?:the |my )?(?:money|cash|savings|"
            r"wages) (?:out of|from) my (?:account|bank|savings)\b",
            r"\b(?:won't|doesn't|does not|will not|wouldn't|refuses to) give me (?:any )?(?:money|"
            r"cash|food|my card|the car|my wages|my pay)\b",
            r"\b(?:have|get|can have|will get) my (?:card|cards|phone|keys|money|passport|wages) "
            r"back (?:when|if|once|after|only)\b",
            r"\b(?:get|gets|got|would get|will get|goes|went) (?:so )?(?:furious|mad|crazy|mental|"
            r"angry|ballistic|nuts) (?:if|when|whenever|because) i (?:even )?(?:buy|bought|spend|"
            r"spent|get|got|use|used)\b",
            r"\b(?:questions|questioned|interrogates|checks) (?:me (?:about|on) )?every "
            r"(?:\w+ )?(?:thing|item|purchase|penny) i (?:buy|bought|spend|spent)\b",
            r"\b(?:send|show) (?:him|her|them) (?:a photo of |photos of |pictures of )?(?:every|"
            r"each|all) (?:\w+ )?(?:receipt|receipts|purchase)\b",
            r"\b(?:made|makes|forced|forces|pressured|pressures) me (?:to )?(?:quit|leave|give "
            r"up|drop out of|drop|stop) (?:my |going to )?(?:job|work|uni|university|college|"
            r"course|studies|school|training)\b",
            r"\b(?:ringing|rings|rang|calls|called|phoning|phones|phoned|texting|texts|emailing) "
            r"my (?:boss|manager|work|job|employer)\b",
            r"\b(?:hid|hides|hide|hiding|took|takes) my (?:work )?(?:uniform|keys|car keys|"
            r"passport|id|documents|papers|laptop|work phone|bank card|cards)\b(?=[^.!?;\n]{0,40}"
            r"\b(?:miss|sacked|fired|work|leave|go|couldn't|can't|so)\b)",
            r"\b(?:no money|nothing|no account|no bank account|no card|not a penny|no income) "
            r"(?:of my own|in my name)\b",
            r"\b(?:gets|got|goes|went) (?:furious|mad|crazy|mental|angry|ballistic|nuts) (?:if|"
            r"when|whenever|because) i (?:buy|bought|spend|spent|get|got|use|used)\b",
            r"\b(?:controls|controlled) (?:every|all|all of|the) (?:\w+ )?(?:accounts?|money|"
            r"finances|spending)\b",
            r"\b(?:financial|economic) (?:abuse|control|coercion)\b",
            r"\bonly (?:ever )?(?:puts|gives|lets me have|leaves) (?:\w+ ){0,3}(?:enough|just "
            r"enough)\b",
            r"\b(?:my|the) (?:wages|pay|salary|paycheck|money|benefits) (?:go|goes|went) "
            r"(?:straight )?(?:into|to) (?:his|her|their)\b",
            r"\b(?:sold|spent|took|emptied) my (?:\w+ )?(?:car|savings|inheritance|jewellery|"
            r"jewelry|things) without (?:asking|telling)\b",
        ),
    ),
    Sign(
        FEAR,
        "monitoring the phone, following",
        (
            r"\breads? every (?:message|text|email|chat)\b|\bforward (?:him|her) every (?:text|message|email)\b",
            r"\bleave my phone (?:at work|at home|behind)\b[^.!?;\n]{0,20}\bso (?:he|she) can't (?:see|track|find)\b",
            r"\bknows where (?:i|a) am every (?:minute|second|hour)\b|\b(?:got|put|installed) (?:somethin\w*|an app|a tracker|spyware) on (?:my|ma) (?:phone|car)\b",
            r"\b(?:gps|tracker|tracking device|airtag|air tag)\b[^.!?;\n]{0,30}\b(?:under|on|in|off) (?:my )?(?:car|wheel arch|bag|coat)\b|\btracker off my car\b",
            r"\bshares? my location (?:to|with) (?:his|her) phone\b|\bstill knows every place i go\b",
            r"\b(?:parked|waiting|sitting) outside (?:the|my) \w+ (?:again|when my shift|every)\b|\bprotection order\b|\b(?:he's|she's) outside again\b|\bnote on my windscreen\b[^.!?;\n]{0,20}\bi see you\b",
            r"\b(?:he's|she's|he is|she is) (?:followin|following|stalking) me\b|\bkeeps? (?:com\w* by|turning up at|showing up at) (?:my|mi|me) (?:yard|house|flat|work|place|door)\b",
            r"\b(?:{partner}) {adv}(?:checks|check|checked|checking|goes through|went through|"
            r"going through|reads|read|reading|monitors|monitored|monitoring|demands|demanded|"
            r"takes|took|smashed|broke|hides|hid|confiscates|confiscated|snoops through|snooped "
            r"through|looks through|looked through|scrolls through|snatches|snatched|grabs|"
            r"grabbed|deleted|deletes|logs into|logged into|hacked|hacks|changed|changes|"
            r"tracks|tracked|watches|watched|listens to|records|recorded|installed|installs|"
            r"put|puts|turned on|turns on|goes on|went on|uses|used) (?:\w+ ){0,2}(?:my|all "
            r"my|every|the) (?:{phone_thing})\b(?! (?:for me|to help|because i asked)\b)",
            r"\b(?:makes|made|forces|forced|demands|demanded|wants|wanted|insists|insisted) (?:me )?"
            r"(?:to )?(?:share|give (?:him|her|them)|hand over|tell (?:him|her|them)|send "
            r"(?:him|her|them)|turn on) (?:all )?my (?:location|passwords?|pin|passcode|codes?|"
            r"logins?|locations?)\b",
            r"\b(?:give|gave|hand|handed) (?:him|her|them) (?:all )?(?:of )?my (?:passwords?|"
            r"pin|passcode|logins?|codes)\b",
            r"\b(?:tracks|tracked|tracking|track|monitors|monitoring|watches|watching|times|"
            r"timed|timing|logs|logged) (?:my|where i|how long i|every|when i) (?:\w+ ){0,2}"
            r"(?:location|phone|car|move|moves|movements|am|go|went|spend|spent|in the|at the|"
            r"shower|step|mileage|journey)\b",
            r"\b(?:put|puts|installed|installs|hid|planted|found|fitted) (?:a |an |some )?"
            r"(?:tracker|tracking app|tracking device|gps|airtag|app|spyware|camera|cameras|"
            r"recording device|bug|keylogger) (?:on|in|under) (?:my|the|our) (?:\w+ )?(?:phone|"
            r"car|bag|laptop|room|bumper|ipad|tablet|house|living room|bedroom|computer)\b",
            r"\b(?:found|find|there's|there was) (?:a |an )?(?:tracker|airtag|tracking device|"
            r"gps tracker|spyware|hidden camera)\b",
            r"(?<!\bi )(?<!i've )(?<!i'm )(?<!i was )(?<!we )(?<!i've been )"
            r"\b(?:follows|followed|following|stalks|stalked|stalking|shows up|showed up|turns "
            r"up|turned up|turning up|waits|waited|waiting|hangs around|hung around|drives "
            r"past|drove past|sits outside|sat outside|parked outside|keeps turning up) (?:[\w']+ ){0,5}"
            r"(?:me |outside |at |to |in |past )?(?:my |our )(?:new |own )?(?:work|job|office|gym|school|"
            r"friend's|friends' house|mum's|mom's|mums|moms|house|flat|new place|home|door|car "
            r"park|window|street|uni)\b",
            r"\b(?:{partner}) (?:follows|followed|is following|has been following|keeps "
            r"following|stalks|stalked|is stalking|has been stalking) me\b|\b(?:{partner}) (?:won't|"
            r"wont) leave me alone\b",
            r"\b(?:has|needs|wants|demands|insists) to know where i am (?:at )?(?:all|every) "
            r"(?:the )?(?:time|times|minute|second|hour)\b",
            r"\b(?:always|somehow always|somehow) knows where i(?:'ve| have)? (?:am|been|go|"
            r"was|went)\b",
            r"\b(?:keeps|kept|won't stop|doesn't stop|wont stop|rings and rings|calls and calls|"
            r"texts and texts) (?:calling|texting|messaging|ringing|phoning)? ?(?:me )?(?:until|"
            r"to (?:check|see|know) where|every (?:hour|ten minutes|few minutes|five minutes)|"
            r"all night|all day|hundreds|over and over)\b",
            r"\b(?:calls|called|rang|rings|texts|texted|messages|messaged|sent|sends|left) (?:me )?"
            r"(?:\w+ )?(?:forty|fifty|a hundred|hundreds of|two hundred|dozens of|\d{2,}) (?:times|"
            r"messages|calls|texts|voicemails)\b|\b(?:since i left|after i blocked|after i ended "
            r"it)\b",
            r"\b(?:check|checks|checked|checking|read|reads|reading) my (?:phone|messages|texts)"
            r" (?:every|each) (?:night|day|time|morning)\b",
            r"\b(?:made|makes|make|forces|forced|demands|insists) (?:that )?(?:me|i) (?:to )?(?:send|"
            r"show|text|call|ring|facetime|check in|report) (?:(?:him|her|them) )?(?:a selfie|a "
            r"photo|photos|pictures|proof|my location|updates|every|each|when|where)\b",
            r"\b(?:send|sends|sent) (?:him|her|them) (?:a selfie|a photo|a picture|proof|"
            r"screenshots|my location) (?:[\w']+ ){0,4}(?:every|each|whenever)\b",
            r"\b(?:fake|new|secret|different) (?:accounts?|numbers?|profiles?) to (?:message|"
            r"contact|text|watch|follow|reach) me\b",
            r"\b(?:withheld|private|blocked|unknown|different) numbers?\b[^.!?;\n]{0,40}\b(?:all "
            r"night|again|keeps|still|every)\b",
            r"\bbroke into my\b|\b(?:let himself|let herself|let themselves) in\b",
            r"\b(?:cameras?|doorbell camera|ring camera|camera footage)\b[^.!?;\n]{0,60}\b(?:to "
            r"see|watches|watch|checks|what time|who)\b",
            r"\bif i (?:don't|do not|didn't|dont) (?:text|call|answer|reply|pick up)\b[^.!?;\n]"
            r"{0,40}\b(?:angry|mad|furious|goes mental|kicks off|loses it|rings my|rage|punish)\w*",
            r"\bfeel (?:watched|hunted)\b",
            r"\b(?:makes|made|forces|forced) me (?:to )?(?:unlock|open|hand over) (?:my )?(?:phone|"
            r"laptop|accounts?)\b",
            r"\b(?:i get|i'm|i am|get|got) punished\b|\bpunish(?:es|ed)? me\b",
            r"\b(?:decides|tells me|chooses|controls) (?:who|what|where) i'm allowed to\b",
            r"\bscared to (?:turn|switch) my phone (?:back )?on\b",
            r"\blistens? in on my (?:calls|phone calls|conversations)\b",
            r"\b(?:wants|needs|has|demands|insists) to know where i am\b[^.!?;\n]{0,50}\b(?:every|"
            r"all the time|at all times|always|24/7)\b",
            r"\b(?:hell to pay|all hell breaks loose)\b",
            r"\b(?:checks|checking|checked|watches|tracks|stalks) (?:my )?(?:find my (?:iphone|phone|"
            r"friends)|life360|snap map|snapmap|my location)\b",
            r"\b(?:watch|watches|watched|watching) me (?:all day|every day|from|through|constantly|"
            r"like a hawk)\b",
            r"\b(?:parked|waiting|sitting|standing|lurking|hanging around) (?:right )?outside my "
            r"(?:building|house|flat|work|window|door|place|home|office)\b",
            r"\boutside my (?:window|door|building|house|flat)\b(?=[^.!?;\n]{0,40}\b(?:again|night|"
            r"2am|3am|saying|banging|watching)\b)|\b(?:he|she|they) (?:was|were|is|are) outside my "
            r"(?:window|door|house|flat)\b",
            r"\b(?:never gave|didn't give|did not give|don't know how) (?:him|her|them) (?:got |has )?"
            r"(?:my|this|the) (?:new )?address\b",
            r"\b(?:keeps|kept) (?:\W*accidentally\W* )?(?:being|turning up|showing up) (?:at|in) (?:the "
            r"same|my)\b",
            r"\bso (?:he|she|they) (?:can|could) (?:see|check|know|hear) (?:who|where|what) i\b",
            r"\b(?:demands|demanded|wants|asks for|asked for|makes me send|made me send) (?:\w+ )?"
            r"screenshots\b",
            r"\b(?:he's|she's|they're|he is|she is) (?:been )?(?:in|into|reading|logging into|"
            r"accessing|going through) my (?:accounts|email|emails|messages|phone|icloud)\b",
            r"\b(?:{partner}) (?:opens|opened|reads) my (?:post|mail|letters)\b",
            r"\b(?:asks|asked|checks with|rings|calls|texts) my (?:coworkers|colleagues|friends|"
            r"boss|mum|mom|sister|family|manager) (?:\w+ ){0,3}(?:what time|where i|who i|when "
            r"i)\b",
            r"\bi'm watching(?: you)?\b",
            r"\b(?:contacting|contacts|messaging|messages|calling|calls|asking|asks) my (?:{kin}) "
            r"(?:\w+ ){0,8}to (?:find out|see|learn) where i\b",
            r"\bwith (?:him|her|them) listening\b|\bon speaker(?:phone)?\b[^.!?;\n]{0,30}\b(?:him|"
            r"her|them) listening\b",
            r"\b(?:phoned|called|rang|texted|messaged|calls|phones|rings|texts|messages) (?:me )?"
            r"(?:\w+ )?to (?:check|see|find out|ask|know) where i (?:was|am|'m|had been|went|go)\b",
            r"\b(?:{partner}) (?:\w+ ){0,2}(?:turned on|turns on|set up|sets up|enabled|enables|"
            r"switched on|activated|installed|made me turn on) (?:\w+ ){0,2}(?:location sharing|"
            r"find my|tracking|life360|find my friends)\b",
            r"\b(?:checks|checked|checking|writes down|notes|noted|records) the (?:mileage|"
            r"odometer|petrol|fuel|receipts|bank statement|car's mileage)\b",
            r"\b(?:sits|sat|stays|stood) (?:right )?(?:next to|beside|over) me (?:on|during|"
            r"while|when) (?:every |my )?(?:call|calls|phone)\b",
            r"\b(?:deleted|deletes) (?:all )?(?:the |my )?(?:male |female )?(?:contacts|numbers|"
            r"friends)\b",
            r"\b(?:cut|cuts|turned|turns|took|takes) (?:off )?(?:the )?(?:internet|wifi|router|"
            r"phone line)\b",
            r"\bdrives past my (?:house|flat|work|place)\b",
            r"\bknows my new address\b",
            r"\b(?:{partner}) (?:\w+ ){0,6}(?:was|is|were) (?:in|at|outside) (?:the|my) (?:parking garage|"
            r"car park|parking lot|gym|office|work|building|street|road)\b[^.!?;\n]{0,30}\bwhen i\b",
            r"\b(?:my ex|ex|my former \w+) (?:is |keeps |has been |kept )?(?:messaging|contacting|"
            r"calling|texting|ringing|emailing) my (?:coworkers|colleagues|friends|family|boss|mum|mom|"
            r"sister|brother|kids)\b",
            r"\b(?:calls|phones|telephones|rings|texts|emails) my (?:office|work|workplace|job) "
            r"(?:daily|every day|constantly|repeatedly)\b",
            r"\b(?:at|near) the end of my (?:road|street)\b",
            r"\b(?:even though|although|after|when) i (?:asked|told|begged|blocked) (?:him|her|"
            r"them) (?:to stop|not to|to leave me alone|everywhere|on everything)\b",
            r"\b(?:banging|hammering|pounding) on (?:the|my) (?:door|doors|windows?)\b",
        ),
    ),
    Sign(
        FEAR,
        "cutting off friends and freedom",
        (
            r"\b(?:no allow|won't allow|doesn't allow|not allow) me (?:to )?(?:visit|see|go|call)\b|\bnah mek (?:me|mi) see\b",
            r"\b(?:deleted|blocked|removed) (?:all )?my (?:mates|friends|contacts|family) (?:off|from) my phone\b|\btear up (?:my|me|mi) phone book\b",
            r"\btold everyone (?:at \w+ )?i (?:am|'m|was) (?:crazy|mad|mental|a liar)\b|\byou want me alone\b",
            r"\bwithout asking (?:his|her) permission\b|\blocked the car and kept the keys\b|\b(?:keep me|i'm not your|i am not your) prisoner\b|\btook my (?:car )?keys (?:again|so i)\b",
            r"\b(?:hides?|hid|took|takes|throws away|threw away|controls?) (?:my|the|me) (?:hormones|medication|meds|pills|insulin|inhaler|medication box|heart pills|hiv medication)\b|\bthrows (?:them|my pills|my meds) away\b|\bbeg for it\b|\bkeeps hiding them from me\b",
            r"\bscared them (?:aw|all) (?:aff|off)\b",
            r"\b(?:{partner}) {adv}(?:won't|doesn't|does not|will not|wouldn't|didn't|never|"
            r"refuses to|refused to) (?:let|allow) me (?:to )?(?:see|go|leave|visit|talk to|call|"
            r"phone|text|meet|have|work|drive|sleep|eat|wear|study|get a job|go out|out|speak to|"
            r"spend time|keep|use|take|be alone|go anywhere|shower|dress)\b",
            r"\b(?:stops|stopped|keeps|kept|forbids|forbade|forbidden|bans|banned|prevents|"
            r"prevented) me (?:from )?(?:seeing|going|leaving|visiting|talking|calling|working|"
            r"driving|meeting|having friends|contacting|speaking|getting|wearing)\b",
            r"\b(?:i'm not|i am not|i'm never|not|never) (?:allowed|permitted) to (?:see|go|leave|talk|have|wear|"
            r"work|drive|meet|visit|call|text|spend|speak|eat|sleep)\b",
            r"\b(?:takes|took|hides|hid|keeps|kept|removes|removed|took a part out of|takes a "
            r"part out of|took the battery out of) (?:\w+ )?my (?:car |house )?(?:keys|passport|id|"
            r"documents|papers|phone|shoes|wallet|purse|car|wheelchair|mobility scooter|walker|"
            r"crutches|hearing aids?|glasses|medication|meds|bus pass)\b(?=[^.!?;\n]{0,60}\b(?:stuck|can't|couldn't|so i|"
            r"leave|go|work|home|trapped)\w*)",
            r"\b(?:took|takes|removed|removes) (?:a part|the battery|the fuse|the keys) (?:out "
            r"of|from) (?:the|my) car\b",
            r"\b(?:locks|locked|locking) (?:me|the door|us) (?:in|out|up|inside|from the "
            r"outside)\b",
            r"\b(?:cut|cuts|cutting|cutting me|cut me) (?:me )?off from (?:my )?(?:friends|"
            r"family|everyone|people|my mum|my mom|my parents|the world)\b",
            r"\b(?:isolates|isolated|isolating) me\b",
            r"\b(?:have|had|need|needs|must) to ask (?:his|her|their) permission\b",
            r"\b(?:doesn't|won't|does not) let me (?:out of|leave) (?:the|his|her|their|our) "
            r"(?:house|flat|apartment|sight|room)\b",
            r"\b(?:get|gets|got) (?:angry|mad|furious|jealous|upset|nasty|cold) (?:if|when|"
            r"whenever) i (?:see|go out|talk to|text|meet|visit|spend time with|call) (?:my )?"
            r"(?:{kin})\b",
            r"\b(?:this is|it's|it is|(?:he|she|they) uses?|experiencing|i'm in|i am in|living with|"
            r"victim of|suffering|calls? it|called it|recognised|recognized) (?:a |an )?(?:coercive|"
            r"controlling) (?:control|behaviou?r|relationship)\b",
            r"\b(?:{partner}) (?:controls|controlled|decides|decided|chooses|picks) (?:everything|"
            r"what i (?:wear|eat|do)|who i (?:see|talk to|can see|can talk to)|where i go|when i "
            r"(?:sleep|eat|go))\b",
            r"\b(?:tells|told|decides) me who i (?:can|can't|am allowed to) (?:[\w']+ ){0,2}(?:see|talk "
            r"to|speak to|be friends with)\b",
            r"\b(?:told|tells|telling) my (?:{kin}) (?:that )?i (?:was|am|'m) (?:unstable|crazy|"
            r"mad|lying|a liar|ill|mental|sick|dangerous)\b",
            r"\b(?:so (?:they|he|she|nobody|no one) (?:would|will|wouldn't) (?:stop calling|stop "
            r"seeing|call|visit))\b",
            r"\b(?:made|makes|forced|forces|pushed|pushes) me (?:to )?(?:quit|stop|give up|drop|"
            r"leave|cancel) (?:\w+ )?(?:choir|club|book club|friends|classes|hobbies|gym|church|"
            r"team|group|seeing)\b",
            r"\bhave to choose\b(?=[^.!?;\n]{0,40}\b(?:him|her|them|family|friends|means it)\b)"
            r"|\b(?:family|friends) or (?:him|her|them|me)\b",
            r"\b(?:seeing|see) less of (?:my )?(?:family|friends)\b(?=[^.!?;\n]{0,60}\b(?:avoid|"
            r"because|so he|so she|arguments|angry)\w*)",
            r"\b(?:{partner}) has the car\b|\b(?:don't|do not) know anyone\b(?=[^.!?;\n]{0,40}\b(?:he|"
            r"she|car)\b)",
            r"\b(?:feel|feels|felt) like a prisoner\b",
            r"\b(?:starts|started|picks|picked) a fight\b[^.!?;\n]{0,40}\b(?:so (?:now )?i|don't "
            r"go|stopped going|can't go|never go)\b",
            r"\b(?:have|had|need) to ask (?:for )?permission to\b",
            r"\b(?:made|makes) it (?:so )?(?:hard|impossible|difficult) (?:for me )?to see (?:my )?"
            r"(?:{kin})\b",
            r"\b(?:not|never) allowed (?:out|to go out)\b",
            r"\b(?:don't|do not) (?:even )?have (?:a|my own) key\b",
            r"\bhave to ask (?:him|her|them) for a lift\b",
            r"\b(?:locks|locked|locking) the door and (?:leaves|left) me (?:outside|out)\b",
            r"\b(?:stuck|trapped) (?:at|in the) (?:home|house|flat)\b",
            r"\b(?:friends|family) (?:laugh at|hate|don't like|are against) (?:me|him|her)\b"
            r"(?=[^.!?;\n]{0,40}\b(?:stay|so|tells|says|choose)\b)|\b(?:tells|told) me my "
            r"(?:friends|family) (?:laugh|hate|don't)\b",
        ),
        play_cancels=True,
    ),
    Sign(
        FEAR,
        "sex without consent",
        (
            r"\bowe (?:him|her) sex\b|\bgets rough\b(?=[^.!?;\n]{0,10}(?:[.!?]|$))|\bso (?:he|she) can't force me\b",
            r"\b(?:took|takes|pulled) the condom (?:off|aff)\b",
            r"\b(?:won't|wont|wouldn't|widnae|didn't) stop (?:touching me )?when (?:i|a) (?:say|said) (?:no|naw|stop)\b",
            r"\b(?:{partner}) {adv}(?:forced|forces|forcing|makes|made|making|pressures|pressured|"
            r"pressuring|pushes|pushed|guilts|guilted|coerced|coerces|nags|nagged) (?:me )?"
            r"(?:into |to |for )?(?:have |having |do |doing )?(?:sex|sexual|things (?:in bed|i|"
            r"that)|stuff i|sleep with|do sexual|it|watch porn|things|anal|oral)\b",
            r"\b(?:sex|it|touching me|kept going|carried on|continued) (?:\w+ )?(?:when|even "
            r"though|after|though|while) i (?:said|say|told (?:him|her|them)|was saying|was "
            r"crying|cried|didn't want|don't want|was asleep)\b",
            r"\b(?:didn't|doesn't|won't|wouldn't|did not|does not) stop when i (?:said|say|told "
            r"(?:him|her|them)|asked|begged|cried)\b",
            r"\b(?:kept going|carried on|keeps going) (?:when|after|even after) i (?:said|told)\b",
            r"\bsaid no\b[^.!?;\n]{0,30}\b(?:did it anyway|kept going|didn't stop|carried on|went "
            r"ahead|forced)\b",
            r"\b(?:until|unless) i (?:agreed|agree|said yes|say yes) to (?:have sex|sex|sleep with|go "
            r"to bed with|do it)\b",
            r"\b(?:raped|rapes|sexually assaulted|sexually abused|molested|assaulted) me\b",
            r"\bforced (?:himself|herself|themselves) on me\b",
            r"\b(?:won't|doesn't|wouldn't) take no for an answer\b",
            r"\b(?:while|when) i (?:was|'m) (?:asleep|passed out|unconscious|too drunk|drunk|"
            r"sleeping)\b(?=[^.!?;\n]{0,40}\b(?:sex|touch|started|woke)\w*)",
            r"\b(?:wakes|woke|waking) me (?:up )?(?:by )?touching me\b",
            r"\b(?:sexual|sexually) (?:assault|abuse|coercion|violence|abusive)\b",
            r"\b(?:took|takes|removed|pulled) (?:the|his) condom off\b|\bstealthing\b",
            r"\b(?:hides|hid|threw away|throws away|flushed|swapped) my (?:pill|pills|"
            r"contraception|contraceptives|birth control|condoms)\b",
            r"\b(?:have|had|having) sex (?:with (?:him|her|them) )?so (?:he|she|they) (?:doesn't|"
            r"won't|wouldn't|don't) (?:get|go|kick)\b",
            r"\b(?:i )?(?:didn't|did not|don't) want (?:it|to)\b.{0,40}\b(?:told (?:him|"
            r"her|them)|said no|didn't care|did it anyway|kept going|he didn't|she didn't)\b",
            r"\b(?:filmed|recorded|photographed) (?:us|me) (?:without|while|when)\b",
            r"\b(?:don't|do not|can't|not) get to say no\b|\bsay no\b(?=[^.!?;\n]{0,40}\b(?:angry|"
            r"scary|sulks|punish|won't let|doesn't let|gets)\w*)|(?:angry|scary|furious) if i "
            r"say no\b",
            r"\bif i (?:love|loved) (?:him|her|them),? (?:i'd|i would|i will) (?:do it|sleep "
            r"with|have sex)\b",
            r"\bwhat (?:wives|girlfriends|husbands|partners) are for\b",
            r"\b(?:held|holds|pinned|pins) me down (?:during|while|for|and)\b",
            r"\b(?:makes|made) me (?:do|watch|copy|perform|act out) (?:\w+ ){0,3}(?:in bed|porn|"
            r"sexual|things i)\b",
            r"\b(?:safer|easier) (?:to|if i) (?:just )?(?:have sex|give in|say yes|go along)\b",
            r"\b(?:gets|got) (?:angry|angrier|mad|furious) (?:if|when) i (?:push|pushed) (?:him|"
            r"her|them) away\b",
            r"\bflinch\w* when (?:he|she|they) touch\w*\b",
            r"\b(?:went along with it|gave in|said yes|let (?:him|her|them)) (?:\w+ )?(?:to keep "
            r"the peace|so (?:he|she|they) (?:wouldn't|won't|doesn't|didn't) (?:get|go|kick|"
            r"sulk))\b",
        ),
    ),
    Sign(
        FEAR,
        "afraid for one's safety",
        (
            r"\b(?:stay|staying) at work (?:till|until) (?:he's|she's|he is|she is) asleep\b|\bso i don't have to be near (?:him|her)\b",
            r"\b(?:don't|dont|do not) want (?:to )?go home to (?:him|her)\b|\binstead of going home to (?:him|her)\b|\bfear to go (?:home|house)\b",
            r"\bscared of my own (?:wife|husband|partner|boyfriend|girlfriend)\b|\blistening for (?:her|his) key\b",
            # "scared of him" is fear of a person; "scared of him leaving" is the attachment alarm.
            r"\b(?:afraid|scared|frightened|terrified|fearful|petrified) (?:of|around) {adv}"
            r"(?:{partner_obj}|you)\b(?! (?:leaving|losing|getting|going|pulling|finding|meeting|"
            r"seeing|not|being|falling|cheating|ending|breaking|choosing|wanting|forgetting|"
            r"ignoring|moving|loving|thinking|realising|realizing|noticing|deciding|judging|"
            r"rejecting|lying|changing|growing|replacing|waking|dying|finishing|reading|"
            r"hearing|saying|telling|losing interest|getting bored|going off|liking|texting|"
            r"calling|seeing|coming|staying|talking|drifting|giving up|walking|meeting)\b)",
            r"\b(?:afraid|scared|frightened|terrified|fear|fearing|fearful) (?:for|of losing) my "
            r"(?:life|safety|kids' safety|children's safety|baby's safety)\b",
            r"\b(?:afraid|scared|frightened|terrified|dread|dreading|nervous|anxious) (?:to go|of "
            r"going|about going|going|to get|of getting|to come|of coming|to walk) (?:back )?"
            r"(?:home|in|inside|back)\b",
            r"\b(?:afraid|scared|frightened|terrified) (?:to be|of being) (?:alone |at home |"
            r"home )?(?:alone )?with (?:him|her|them|my {partner_noun})\b",
            r"\b(?:afraid|scared|frightened|terrified|worried|anxious) (?:of )?what (?:he|she|"
            r"they|my {partner_noun})(?:'ll|'d| will| would| might| could| may| is going to| is "
            r"gonna| going to) do(?: (?:to me|if|when|next))?\b(?! (?:without me|with (?:his|"
            r"her|their) life))",
            r"\b(?:not|don't feel|never feel|do not feel|no longer feel|i don't feel|feel) "
            r"(?:safe|safer) (?:at home|in my (?:own )?(?:home|house|flat|bed)|with (?:him|her|"
            r"them|my {partner_noun})|around (?:him|her|them|my {partner_noun})|at work than)\b",
            r"\b(?:abusive|abuses me|abused me|abusing me|domestic (?:violence|abuse)|"
            r"intimate partner violence|being abused|an abuser)\b",
            r"\b(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:ever )?believe me\b",
            r"\b(?:they'll|they will|everyone will|people will|you'll) (?:\w+ )?think i'm "
            r"(?:crazy|mad|lying|making it up|unstable)\b",
            r"\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the )?(?:bruises|marks)\b",
            r"\bwhat (?:he|she|they) might do to me\b",
            r"\b(?:a |my )?(?:bag|go bag|suitcase) (?:packed|ready) (?:\w+ ){0,4}(?:in case|for "
            r"when|so i can)\b",
            r"\bin case i (?:need|have) to (?:run|get out|leave|escape|flee)\b",
            r"\b(?:sit|sat|sitting|wait|waited|waiting) in the car (?:\w+ ){0,3}(?:because|"
            r"scared|afraid|before)\b(?=[^.!?;\n]{0,40}\b(?:scared|afraid|go in|terrified|face)\w*)",
            r"\b(?:lock|locked|locking) (?:myself|me|us) (?:and the (?:baby|kids|children) )?"
            r"(?:in|inside) (?:the )?(?:bathroom|bedroom|car|room)\b",
            r"\b(?:sleeping|sleep|slept) in my clothes\b",
            r"\b(?:dread|dreading|scared of|afraid of|fear|terrified of) (?:the sound of )?(?:his|"
            r"her|their) (?:key|car|footsteps|steps|voice)\b",
            r"\bso (?:he|she|they) (?:won't|doesn't|wouldn't|don't|will not) (?:lose it|kick off|"
            r"explode|blow up|get angry|go off|flip)\b",
            r"\b(?:don't|do not|dont) have to go home\b",
            r"\bhear (?:his|her|their) (?:car|key|footsteps|voice)\b",
            r"\bgoing home\b[^.!?;\n]{0,30}\b(?:hands shake|shake|shaking|panic|dread|feel sick|"
            r"freeze)\b",
            r"\b(?:hide|hid|hiding|lock (?:myself|us)|locked (?:myself|us)) (?:\w+ ){0,3}in the "
            r"(?:bathroom|bedroom|car|wardrobe|closet|loo|toilet)\b(?=[^.!?;\n]{0,60}\b(?:he|she|they|"
            r"him|her|them)\b)",
            r"\bgoing to die here\b",
            r"\bbecause of what (?:he|she|they) did (?:the )?last time\b",
            r"\b(?:everyone|everybody|people) would (?:take|be on) (?:his|her|their) side\b",
            r"\b(?:afraid|scared|frightened|terrified) (?:of )?(?:how (?:he|she|they|my "
            r"{partner_noun})(?:'ll|'d| will| would| might| is going to) react)\b(?! (?:to the "
            r"news|when i tell (?:him|her|them) i'm pregnant))",
            r"\b(?:terrified|scared|afraid) of setting (?:him|her|them) off\b",
            r"\b(?:he|she|they) (?:could|would|will|might) (?:\w+ )?kill me\b",
            r"\b(?:feel|felt|feeling) (?:anxious|scared|afraid|frightened|unsafe|on edge) (?:and "
            r"\w+ )?(?:in|around) (?:my {partner_noun}'s|his|her|their) (?:presence|company)\b",
            r"\b(?:feel|felt|feeling) unsafe\b",
            r"\bi (?:can't|couldn't) (?:move|breathe|get away|leave|get out)\b(?=[^.!?;\n]{0,40}\b(?:he|she|"
            r"him|her|angry)\b)|(?<=angry, )right in my face",
        ),
    ),
)
