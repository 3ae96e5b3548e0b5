"""The message check: the rules as data, the engine, and its quality on a corpus.

The corpus below was written for this purpose, as people text (lower case, typos,
emoji, missing apostrophes), BEFORE the rules; the rules were written from the
families in PRODUCT.md section 6. Because the same person wrote both, the corpus
score is an optimistic figure, and so is every development set: their misses were used
to broaden the rules by kind of phrasing (a word list, a slot for an adverb, a negation),
never per sentence, but they are no estimate any more.

Held-out sets are written after a round of changes, measured once, and never used to
change a rule while they are held out. Three of them were later turned into development
sets for the next round (DEVELOPMENT_2, _4 and _5, each with its single measurement in a
comment); HELD_OUT_4 is the current honest estimate of how the mirror does on phrasing
it has not seen. The history is in docs/sharing.md.

Borderline decisions (also in docs/sharing.md):
- "promise me you'll rest tonight" is care for the partner, not a demand for certainty
  about the relationship: not flagged. "promise me you won't leave" is.
- "you need to try this cake" is a recommendation, not a demand: not flagged.
- "are you ok? you sounded tired" asks after the partner, not about their mood
  towards the writer: not a mood check. "are you mad at me" is.
- "!!!" with joy ("happy birthday!!!") is not urgency; "call me back!!!" is. A bare
  "??" ("did you see the game last night??") is flagged: the mirror cannot tell
  excitement from alarm there, and says so gently.
- A story word ("ignored", "left out") is mirrored when it stands alone as the charge; inside
  an I-statement that names the moment, asks for something or owns a part, it is what
  many guides teach as the grounded way to say it, and it is left alone (issue #15; so
  "i feel unwanted when you go quiet" in the first corpus is no longer mirrored).
- Jokes and warmth change how a protest word reads: "I give up on this crossword 😂" and
  "thanks for ruining my diet lol" are play. A joke marker does not excuse a verdict
  about the partner ("you never text back lol" is still mirrored).
- "you always forget your umbrella, take mine" is mirrored: the first clause is a verdict,
  even though the next one is kind.
- Scorekeeping needs someone to keep score on: "it's been 3 hours and I'm still not done
  with this report" names no one, so it is not surveillance.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steady.language import message_rules as mr
from steady.language.message_rules import check

# -- the corpus (written before the rules) ---------------------------------------------------

PRESSURE: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(families.split()))
    for text, families in (
        ("why didn't you text me back??", "accusing-question urgency-punctuation"),
        ("you never have time for me anymore", "global-verdict"),
        ("are you mad at me", "mood-check"),
        ("do you still love me? i need to know", "worth-check certainty-demand"),
        ("promise me you won't leave", "certainty-demand"),
        ("ANSWER YOUR PHONE", "shouting immediate-reply"),
        (
            "I can see you're online. so you just don't want to talk to me",
            "surveillance mind-reading",
        ),
        ("it's been 4 hours and nothing", "surveillance"),
        ("fine. forget it.", "ultimatum"),
        ("you obviously don't care", "mind-reading"),
        ("I feel ignored", "story-word"),
        ("i feel like you don't even want to be with me anymore", "thought-as-feeling"),
        ("you make me feel so insecure when you do that", "handing-over"),
        ("you need to call me tonight.", "demand"),
        ("sorry for being so annoying 🙈 nvm", "retraction"),
        ("hello??? are you there", "urgency-punctuation immediate-reply"),
        ("why do you always do this", "accusing-question global-verdict"),
        ("u left me on read again. cool.", "surveillance"),
        ("did i do something wrong? you seem off", "mood-check"),
        ("am i too much for you", "worth-check"),
        ("tell me we're ok. please. i can't sleep until you do", "certainty-demand"),
        ("call me back right now", "immediate-reply"),
        ("I've called you 6 times!!!", "surveillance urgency-punctuation"),
        ("whatever. have fun with your friends i guess", "ultimatum"),
        ("you're pulling away from me, i can feel it", "mind-reading"),
        ("i feel so rejected rn", "story-word"),
        ("I feel like you'd rather be anywhere else than with me", "thought-as-feeling"),
        ("its your fault i'm like this", "handing-over"),
        ("you have to stop doing this to me", "demand"),
        ("ignore me, i'm being dramatic", "retraction"),
        ("Sam, why would you say that to me in front of everyone", "accusing-question"),
        ("you're always on your phone when we're together", "global-verdict"),
        ("r u angry with me? 😟", "mood-check"),
        ("do you even care about us", "worth-check"),
        ("if you don't answer in the next ten minutes we're done", "ultimatum"),
        ("WHY ARE YOU DOING THIS", "shouting accusing-question"),
        ("i know you saw my message. you were active 5 min ago", "surveillance"),
        ("dont bother coming over tonight", "ultimatum"),
        ("you're clearly bored of me", "mind-reading"),
        ("i feel abandoned every time you go on a trip", "story-word"),
        ("you made me cry again", "handing-over"),
        ("sorry i'm so needy lately, forget i said anything", "retraction"),
        ("why haven't you replied yet??", "accusing-question urgency-punctuation"),
        ("I need an answer now.", "immediate-reply"),
        ("is everything ok between us? you'd tell me right", "mood-check"),
        ("swear you're not talking to her anymore", "certainty-demand"),
        ("you should have told me you'd be late", "demand"),
        ("Nobody ever listens to me, least of all you", "global-verdict"),
        ("k.", "ultimatum"),
        ("you don't love me like you used to", "mind-reading"),
        ("i feel taken for granted", "story-word"),
        ("i saw you liked her photo but couldnt answer me?", "surveillance"),
        ("do you even miss me", "worth-check"),
        ("i'm probably overreacting, sorry, it's stupid", "retraction"),
        ("pick up!!", "immediate-reply"),
        ("you ALWAYS do this", "global-verdict shouting"),
        ("Are we okay?? I keep rereading your last text", "mood-check urgency-punctuation"),
        ("if you really loved me you would've come", "ultimatum"),
        ("you never say it first 💔", "global-verdict"),
        ("i feel unwanted when you go quiet", "story-word"),
        ("whr are you. its been 3 hrs", "surveillance"),
        ("you better not be out with him again", "demand"),
        ("why cant u just text back like a normal person", "accusing-question"),
        ("this is the third time you've forgotten. as usual.", "surveillance global-verdict"),
        ("y didnt u call me back 😡", "accusing-question"),
        ("ur obviously busy with someone better", "mind-reading"),
        ("pls just tell me ur not mad", "mood-check"),
    )
)

GROUNDED: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(signals.split()))
    for text, signals in (
        (
            "I noticed I've been in a more anxious headspace today. it's my old pattern, "
            "not something you did. no need to reply 💛",
            "self-observation ownership removing-pressure",
        ),
        ("you always make me laugh 😂", ""),
        ("I never want to forget this trip", ""),
        ("promise me you'll rest tonight, you've had a long week", ""),
        (
            "hey, feeling a bit anxious this evening. going for a walk and I'll be ok. love you",
            "feeling-word self-settling appreciation",
        ),
        ("thank you for listening yesterday, it meant a lot", "appreciation specific-instance"),
        (
            "when you left for work this morning without saying bye I felt a little hurt. "
            "probably just tired on my end. could we do a proper goodbye tomorrow if you're "
            "up for it?",
            "specific-instance feeling-word tentative flexible-request",
        ),
        (
            "my anxiety is loud today. I'm taking care of it, nothing you need to do",
            "ownership removing-pressure",
        ),
        (
            "i notice my chest is tight since lunch. gonna do some breathing and journal",
            "self-observation self-settling",
        ),
        (
            "would you be up for a call sometime this weekend? no rush",
            "flexible-request removing-pressure",
        ),
        (
            "I think I'm a bit lonely tonight. not your job to fix, just wanted you to know",
            "tentative feeling-word removing-pressure",
        ),
        (
            "I'm feeling insecure after the party, and I know that's an old story of mine. "
            "can we talk about it when you have time?",
            "feeling-word ownership flexible-request",
        ),
        ("enjoy your evening with the team! talk tomorrow", "removing-pressure"),
        ("you never fail to cheer me up", ""),
        ("you're always so thoughtful with gifts, thank you", "appreciation"),
        (
            "I got a bit wobbly when I didn't hear back, but I'm okay now. hope your day went well",
            "feeling-word",
        ),
        ("miss you already!!! can't wait for saturday", "appreciation"),
        ("happy birthday!!! 🎉🎉", ""),
        (
            "I'm sad about how our call ended last night. I'd like to try again when you're free",
            "feeling-word specific-instance flexible-request",
        ),
        (
            "maybe it's just my brain doing its thing, but I'm a bit uneasy. going to call my "
            "sister",
            "tentative ownership feeling-word self-settling",
        ),
        ("no need to answer, just sending love ❤️", "removing-pressure"),
        ("Sam, I appreciated how you handled the thing with your mum", "appreciation"),
        (
            "i'm noticing the old urge to check your location. i'm not going to, just naming it",
            "self-observation ownership",
        ),
        (
            "im feeling kinda restless tonight, think i'll read for a bit",
            "feeling-word self-settling",
        ),
        (
            "when we talked about moving, I felt scared. not asking you to change anything, "
            "I wanted to share it",
            "specific-instance feeling-word removing-pressure",
        ),
        (
            "can we plan a date night sometime next week? whenever works for you",
            "flexible-request removing-pressure",
        ),
        ("thanks for the coffee this morning ☕", "appreciation specific-instance"),
        (
            "I'm a little on edge after the meeting. I'll be home around 7 and probably need a "
            "quiet hour first",
            "feeling-word",
        ),
        (
            "I caught myself spiralling earlier. did some breathing and it eased",
            "self-observation",
        ),
        (
            "this is mine to hold, I just like you knowing what's going on with me",
            "ownership",
        ),
        ("hope the interview went well! no pressure to update me today", "removing-pressure"),
        ("i love how you always remember the small stuff", "appreciation"),
        ("I felt really close to you on sunday", "feeling-word"),
        (
            "if you have a minute tonight, I'd love a hug. if not, that's totally fine",
            "flexible-request removing-pressure",
        ),
        (
            "heads up: I'm in an anxious loop today. it's not about you. walking it off",
            "self-observation ownership",
        ),
        (
            "i'm worried about my exam tmrw, could you quiz me later if you have time?",
            "feeling-word flexible-request",
        ),
        ("we never run out of things to talk about 😊", ""),
        ("I'd love to hear about your trip whenever you're free", "flexible-request"),
        (
            "I know I get anxious when plans change last minute. I'm working on it. could we "
            "text a heads up next time, if that's okay?",
            "feeling-word ownership flexible-request",
        ),
        ("You never have to apologise for needing space", ""),
        (
            "are you ok? you sounded tired on the phone. here if you want to talk, no pressure",
            "removing-pressure",
        ),
        ("i feel grateful for you today", "feeling-word"),
        (
            "Sorry I snapped at you yesterday. That was my stress, not you. I'd like to make it "
            "up to you",
            "ownership",
        ),
        ("i'm going to put my phone away for a bit and take a bath 🛁", "self-settling"),
        ("feeling hopeful about us lately", "feeling-word"),
        ("it's been 2 years since we met and I still get butterflies", ""),
        (
            "I noticed I wanted to send you five texts. sending one instead: I miss you, and "
            "I'm ok",
            "self-observation",
        ),
        ("ok I'll be there at 8", ""),
        ("Whatever you choose for dinner is fine by me", ""),
        ("i just need to hear your voice sometime tomorrow, if you can", ""),
        ("why don't we get takeaway tonight?", ""),
        ("why didn't I think of that sooner 😂", ""),
        ("I never thought I'd say this but I love running", ""),
        ("stop making me laugh, I'm in a meeting 😂", ""),
        ("call me when you're done, no rush", "removing-pressure"),
        ("you need to try this cake", ""),
    )
)

# -- development set: written after the first rules; its misses broadened the rules ------------

DEVELOPMENT_PRESSURE: tuple[str, ...] = (
    "seriously?? you said you'd be home by 6",
    "wow ok. guess i'm not a priority",
    "how many times do i have to ask you to call when you're running late",
    "you've been on instagram all evening but can't text me back",
    "just tell me if you're losing interest",
    "i hate that you make me feel this way",
    "I feel like I'm always last on your list",
    "are you even listening to me",
    "do i mean anything to you at all",
    "PLEASE just answer",
    "you don't even try anymore",
    "i'm sorry for existing i guess",
    "you owe me an explanation",
    "where the hell are you",
    "I feel so disrespected right now",
    "i bet you're with your ex again",
    "typical. you forgot again",
    "if this is how it's going to be then maybe we shouldn't be together",
    "wow. cool. thanks for letting me know NOT",
    "r u ignoring me on purpose",
    "i need you to reassure me right now",
    "dont u dare hang up on me",
    "i've been waiting by the phone all night",
    "youre always too busy for me",
    "sorry im being so clingy today haha",
    "so you're just not going to reply? great",
    "must be nice to have so much free time for everyone except me",
    "I guess I'll just sit here then",
    "are u seeing someone else",
    "why is it always me who has to plan everything",
    "can you at least pretend to care",
    "u said u would call. u lied",
    "its 2am and you still havent texted",
    "i cant do this anymore if you keep ignoring me",
    "I feel so unappreciated in this relationship",
    "if you leave tonight don't come back",
    "can you just text me back PLEASE",
    "I'm such a burden, sorry",
    "do you even want to be with me or not",
    "stop lying to me",
    "you're so selfish",
    "what's so important that you can't answer one text",
    "i knew you'd do this",
    "you promised you'd be here",
    "omg why are you like this",
    "answer the question",
    "tell me the truth, are you still talking to her",
    "ok so i'm not important. got it.",
    "you had all day to call",
    "i need to know right now where you are",
    "i felt left out at lunch, and I think it's partly my old stuff. can we chat about it "
    "sometime?",
)

DEVELOPMENT_GROUNDED: tuple[str, ...] = (
    "had such a nice time tonight, thank you for dinner",
    "I'm feeling a bit raw after today. gonna have an early night",
    "could we talk about the holiday plans this weekend? no rush",
    "I noticed I got jealous when you mentioned her. that's my old stuff, and I wanted to be "
    "honest about it",
    "you always know what to say",
    "never change ❤️",
    "good luck with the presentation!!! you've got this",
    "are you free for a walk later?",
    "I'm proud of you",
    "I'll pick up groceries on the way home",
    "my stomach dropped a bit when you didn't reply, but I know you're in meetings. see you "
    "tonight",
    "I think I need a bit of reassurance tonight, if you have it to give. if not, I'll be ok",
    "it's not your fault, the train was late",
    "I'm grateful you told me how you felt",
    "let me know when you land, whenever is fine",
    "how was your day?",
    "I love that you always bring snacks",
    "I realised I've been quiet lately. it's just work stress, nothing between us",
    "can you send me the address when you get a chance",
    "feeling lonely tonight but calling my friend in a bit",
    "I hope you have a good time at the concert",
    "I'd really like more time together this month. could we look at our calendars on sunday?",
    "sorry, running 10 min late",
    "No worries at all, take all the time you need",
    "I got anxious earlier and wanted to text you a lot. I'm going to go for a run instead and "
    "check in after",
    "thinking of you today 💛",
    "I'm feeling a little fragile tonight, nothing you need to do, just wanted you to know",
    "do you want to get dinner on friday?",
    "I noticed I'm craving reassurance. I'm going to make some tea and sit with it",
    "you looked so happy at the party, it was lovely to see",
    "love you, sleep well",
    "I'm on my way, be there in 10",
    "I had a hard day and would love a cuddle later if you're up for it",
    "no stress if you can't make it tonight",
    "hope work wasn't too rough today",
    "I really enjoyed our walk this morning",
    "I'm so proud of how you handled that",
    "let's do something fun this weekend",
    "I'm a bit scared about the move, can we talk it through when you're home?",
    "I made soup, want some?",
    "running late, sorry! be there soon",
    "I know it's been a busy week for you. I'm here whenever",
    "I need some alone time tonight to recharge, nothing's wrong",
    "my mind keeps inventing stories today. I'm noticing it and letting them pass",
    "good morning sunshine ☀️",
    "I'd like us to spend more evenings without phones. what do you think?",
    "your mum called, call her back when you can",
    "did you see the game last night??",  # flagged: see the module docstring
    "I'm feeling calmer now, thanks for being patient with me earlier",
    "can't wait to see you tomorrow",
)

# -- development set 2: formerly the held-out set --------------------------------------------
# Written after DEVELOPMENT and measured once as a held-out set (precision 1.00, recall 0.23).
# Since then it is a development set: its misses were studied as kinds of phrasing (sarcasm,
# indirect scorekeeping, threats, rhetorical questions...) to broaden the rules. It no longer
# estimates anything; HELD_OUT_4 does.

DEVELOPMENT_2_PRESSURE: tuple[str, ...] = (
    "I texted you at 5 and it's now 9. just saying",
    "you clearly have better things to do",
    "can't believe you'd do that to me",
    "answer me or I swear",
    "why do I even bother",
    "I'm not angry, I'm just disappointed in you. again.",
    "r we breaking up or what",
    "please please please just call me",
    "is she the reason you're so distant",
    "I feel like a joke to you",
    "whatever makes you happy I guess",
    "you have no idea how much you hurt me",
    "I'm always the last to know",
    "you couldn't even be bothered to say goodnight",
    "are you sure you still love me",
    "I don't know why I even try with you",
    "Hello???? earth to you",
    "thanks for ruining my birthday",
    "you never think about anyone but yourself",
    "I feel betrayed honestly",
    "i swear if you cancel again",
    "reply. now.",
    "what did you mean by 'fine'? are we ok or not",
    "I'm sorry I'm such a mess, ignore this",
    "you care more about your friends than me",
    "I have been checking my phone every 5 minutes because of you",
    "how hard is it to send one text",
    "you're going to break up with me aren't you",
    "dont even talk to me",
    "I saw your story. nice party",
)

DEVELOPMENT_2_GROUNDED: tuple[str, ...] = (
    "I noticed I felt a pang when you left. it passed. have a good one",
    "the garden looks amazing, you've worked so hard",
    "can we try the new ramen place sometime?",
    "I'm feeling pretty low today, going to take it slow",
    "thanks for understanding yesterday",
    "I love you, even when I'm grumpy",
    "what time are you back?",
    "my anxiety spiked this afternoon, I journaled and it helped",
    "I'd appreciate a heads up if plans change, whenever you can",
    "you are the kindest person I know",
    "sleep well, talk tomorrow",
    "just checking you got home ok",
    "I'm sorry I was short with you, that was my tiredness",
    "hope you're having fun with the crew!",
    "I feel a little nervous about meeting your parents",
    "do you need anything from the shop?",
    "I always feel better after we talk",
    "looking forward to saturday 🙂",
    "I'm in a wobbly place today but I'm taking good care of myself",
    "would you like to come to the gig with me next month?",
    "no reply needed, just thinking of you",
    "it's fine, honestly, I'll grab dinner on the way",
    "thank you for the flowers, they made my whole week",
    "I'd love some time just us this weekend if you're free",
    "my chest got tight when I saw the news, so I'm going for a walk",
    "I know I get jumpy when you travel. that's mine to work on",
    "you make me so happy",
    "call me if you want to chat later",
    "I miss you, see you friday",
    "good night ❤️ proud of you",
)

# -- development set 3: kinds of phrasing, written for the broadening -----------------------
# Written after studying DEVELOPMENT_2's misses, BEFORE the broadened rules, one or more
# messages per kind of pressure phrasing (sarcasm, indirect scorekeeping, time pressure,
# rhetorical questions, mind-reading, withdrawal, guilt, comparison, conditional worth,
# catastrophising, self-erasure), and many more grounded, everyday, joking and warm messages
# that share their words ("thanks for", "again", "I swear", "how hard is it", "I give up").

DEVELOPMENT_3_PRESSURE: tuple[str, ...] = (
    # sarcasm and protest
    "thanks for bailing on me again",
    "great, glad I matter",
    "cool, good to know where I stand",
    "nice of you to finally reply",
    "oh so NOW you have time for me",
    "love that for me",
    "hope you're proud of yourself",
    "have fun without me then",
    "sure, go ahead, it's not like I had plans",
    "real mature",
    "whatever you say",
    "funny how you always have time for everyone else",
    # indirect scorekeeping
    "I guess I'm last on your list again",
    "I'm always the one who has to text first",
    "that's three weekends in a row now",
    "not one message all day",
    "I'm the only one making an effort here",
    "I always end up waiting for you",
    "when was the last time you asked about my day",
    "second time this week.",
    "you forgot. again.",
    # time pressure
    "I need an answer tonight",
    "you have until 10 to let me know",
    "text me the second you see this",
    "I'm not going to sleep until you reply",
    "how long does it take to answer a text",
    "waiting...",
    "don't keep me waiting",
    "hurry up and answer",
    "call me back within the hour",
    # rhetorical accusing questions
    "do you ever listen to anything I say",
    "did it ever occur to you to call",
    "are you serious right now",
    "what's your problem lately",
    "who forgets their own anniversary",
    "is it really that difficult to say goodnight",
    "why can't you ever just listen",
    "don't you think you owe me an apology",
    "can't you see what you're doing to me",
    # mind-reading
    "you obviously don't want to see me",
    "you only text me when you're bored",
    "you think I'm being dramatic, I can tell",
    "you'd be happier with someone else",
    "you're just saying that to shut me up",
    "you must be sick of me by now",
    "you hate me don't you",
    "you've stopped caring",
    "you're so cold lately",
    "you love your phone more than me",
    # withdrawal threats
    "maybe I should just stop trying",
    "fine, I'll stop texting you then",
    "I won't bother you again",
    "I'll just leave you alone since that's what you want",
    "I give up",
    "what's the point even",
    "I'm not going to keep chasing you",
    "I'm tired of always trying",
    # guilt
    "I cancelled my plans for you and this is what I get",
    "I guess I'll just eat alone again",
    "the least you could do is call",
    "I drove an hour for you and you couldn't even say thanks",
    "do you know how much I gave up for you",
    "I hope you're happy now",
    "after all I do for you",
    # comparison
    "other people's partners text back",
    "my friends' boyfriends actually plan dates",
    "normal couples talk every day",
    "my ex never would have done this",
    "why can't you be more like Jess's husband",
    "everyone else's partner remembered valentine's",
    # conditional worth
    "if you loved me you'd move here",
    "if I mattered to you, you'd have called",
    "a real boyfriend would have been there",
    "someone who cared would ask how I'm doing",
    "if it were your friends you'd have answered straight away",
    # catastrophising
    "this always ends badly",
    "we're done aren't we",
    "this is never going to work",
    "it's over isn't it",
    "everyone leaves eventually, you will too",
    "I just know you're going to leave",
    "here we go again",
    "I knew it would end like this",
    # over-apology and self-erasure
    "I'm too much, ignore me",
    "sorry sorry sorry, I'll shut up now",
    "don't mind me",
    "I ruin everything",
    "you deserve someone better than me",
    "forget I exist",
    "I'm sorry for everything, I know I'm the problem",
    "sorry I'm always such a downer",
    # threats, pleading, hurt
    "please please please answer",
    "i swear if you're late again",
    "one more time and I'm leaving",
    "I'm not angry, just disappointed",
    "you hurt me so much",
    # variants, to check the patterns cover kinds rather than the sentences above
    "thanks for forgetting my birthday",
    "oh great, another weekend alone",
    "nice to know where I stand with you",
    "guess I'm your backup plan",
    "you have one hour to answer me",
    "why do you even bother texting me",
    "you clearly prefer your friends to me",
    "I'll stop bothering you then",
    "after all I've sacrificed for you",
    "normal boyfriends call their girlfriends",
    "if you cared even a little you'd be here",
    "we're never going to work, are we",
    "I'm sorry, I'm such a burden, forget I said anything",
    "I swear to god if you lie to me again",
)

DEVELOPMENT_3_GROUNDED: tuple[str, ...] = (
    # everyday logistics
    "can you grab milk on the way home?",
    "what time does the film start?",
    "running 15 min late, sorry, traffic",
    "I'll be home by 7, want me to pick up dinner?",
    "the plumber is coming at 10 tomorrow",
    "don't forget we're at your mum's on sunday",
    "did you pay the electric bill?",
    "I left the keys under the mat",
    "can you call the vet today? they need to confirm the appointment",
    "parking is a nightmare, circling the block",
    "text me when you land",
    "I need to know by friday if you're coming to the wedding so I can rsvp",
    "I need an answer from the landlord today, so fingers crossed",
    "call me when you're out of the meeting",
    "are you driving or shall I?",
    "is it ok if my sister stays over saturday?",
    "we're out of coffee again",
    "the train is delayed again, ugh",
    "I'll stop texting now so you can focus, good luck",
    "leaving now, see you in 20",
    "don't wait up, I'll be late",
    "dont call me before 9 tomorrow, I'm sleeping in",
    "can you text me the wifi password",
    "how hard is it to make risotto? thinking of trying tonight",
    "have you ever been to lisbon?",
    "do you ever get that song stuck in your head?",
    "when was the last time we went to the cinema? we should go",
    "just saw your message, call you in 10",
    "I don't care which movie, you pick",
    "whatever you want for dinner is fine, I'm easy",
    "do whatever you want for your birthday, I'm in",
    "I'll leave you alone tonight, enjoy the game",
    "I'm going to stop trying to fix the printer and go to bed",
    "I'm tired, going to bed early",
    "maybe I should just go to bed early",
    "don't worry about me, I'll grab a taxi",
    "I'm used to the cold by now",
    "the game's over, heading home",
    "we're done with dinner, want to meet for a drink?",
    "are we done with the paint or should I keep it?",
    "if you want to come again next week, let me know",
    "if you're hungry there's soup in the fridge",
    "one more episode and then bed?",
    "answer me this: pizza or tacos?",
    "call me back when you can",
    "good morning! slept like a log",
    "the kids are asleep finally",
    "did you see the news about the bridge?",
    "what do you want to do this weekend?",
    "I'm making pasta, be home by 8?",
    "how was the dentist?",
    "nothing's wrong, just tired",
    "I'm fine, honestly, just a long day. I'll tell you about it later",
    # jokes and excitement
    "are you serious?? that's amazing news!!",
    "are you kidding me, you got the job?! so proud",
    "please please please can we get a dog",
    "I'm begging you to watch this show with me lol",
    "I give up on this crossword 😂",
    "this recipe always ends up too salty lol",
    "the wifi never works in this cafe",
    "my phone always dies at the worst time",
    "nothing ever goes to plan with ikea furniture 😂",
    "you love that cat more than me lol",
    "my ex used to live on this street, small world",
    "other couples we know are going to the wedding too",
    "normal people would be asleep by now and here we are watching documentaries 😂",
    "if you loved the book you'll love the film",
    "i swear this cat is plotting something",
    "I swear I put the keys on the table",
    "it's over! exam done, drinks tonight?",
    "ha! told you it would rain",
    "can you believe it's already december",
    "I can't believe how fast this year went",
    "haha you're ridiculous, love you",
    "you're such a dork 😂",
    "you are absolutely impossible at monopoly",
    "stop being so cute, I'm trying to work",
    # warmth and appreciation
    "I can't believe you remembered, thank you",
    "can't believe you cooked all this!",
    "thanks for picking me up",
    "thanks for not making a fuss last night",
    "thanks for cancelling the gym for me, you're a star",
    "thank you for leaving me the last slice",
    "nice of you to pick me up, I owe you one",
    "I saw your post about the dog, so cute",
    "I saw your story, looks like a fun night!",
    "you looked great in that photo, just saying",
    "thanks again for dinner",
    "again, thank you so much",
    "happy anniversary, here's to many more",
    "every time I hear this song I think of you",
    "you always know how to cheer me up",
    "can't wait to see you!!",
    "why don't we get pizza tonight?",
    "you never have to ask, I'm always happy to help",
    "you hurt your back again? take it easy",
    "you must be exhausted after that shift",
    "you must be so proud",
    "I know you didn't mean it, it's ok",
    "you make the best pancakes",
    "you're the best, thank you",
    "promise me you'll eat something today",
    "I miss you, looking forward to friday",
    "I'm really grateful you came with me today",
    "hope the meeting goes well, thinking of you",
    "it was so good to see your parents",
    "let's try that thai place again",
    "we should do that again soon",
    "I love how you always make time for my mum",
    "you always smell so good",
    "I'm so lucky to have you",
    "tell me about your day when you're home",
    "tell me everything!!",
    "I finished the book you lent me, loved it",
    "just checking in, hope your day's going ok",
    "no worries if you're busy, we can catch up tomorrow",
    "take your time with the decision, I'm happy either way",
    # grounded sharing
    "I'm proud of us for talking it through",
    "I felt really listened to last night",
    "noticing I'm a little jealous, which is my stuff. have a great night",
    "my mind is doing the old 'they're leaving' story. I know it's just a story. going to read",
    "I'm scared I'm going to lose you sometimes, and I know that's my fear talking",
    "I get anxious when I don't hear from you, and I'm working on it",
    "I'd love it if we could plan one date night a month",
    "could we set a time to talk about money this week?",
    "I had a wobble earlier but I'm okay now",
    "hey, I'm feeling a bit disconnected from us lately. could we have a phone-free evening soon?",
    # the same words, harmless: each guards one of the broadened patterns
    "you didn't even need to ask, of course I'll come",
    "you can't even tell it's vegan",
    "you don't even have to bring anything",
    "I can't believe you did that for me",
    "can't believe you forgot your passport again haha",
    "my friends' partners are coming to the bbq too",
    "my ex and I are on good terms, just so you know",
    "everything went wrong at work today, can I vent later?",
    "it always goes wrong when I bake bread",
    "sorry I'm losing you, bad signal, call you back",
    "that was very mature of you, I respect it",
    "Thanks for tonight. Let's do it again.",
    "I'm travelling once again next week, ugh",
    "the train is late yet again",
    "do you ever think about getting a dog?",
    "do you ever notice how the cat stares at walls",
    "do you ever listen to podcasts?",
    "are you serious about the job offer? that's big",
    "what's with you and pineapple on pizza",
    "do you know how long it takes to get there?",
    "where do I stand for the photo?",
    "are we over budget?",
    "I'm outside, I'm waiting",
    "the pizza should arrive any time now",
    "I can't leave until you call with the door code",
    "how long does it take to reply to a visa application?",
    "please please please don't spoil the finale",
    "I'm the last one at the office, heading out now",
    "plan b is pizza if the restaurant's full",
    "I'm the only one who likes olives",
    "I always end up waiting for the bus in the rain",
    "why do I have to do the tax return by friday",
    "why do I need to tell the bank I'm travelling?",
    "three nights in a row of good sleep",
    "I've been checking my phone every five minutes waiting for the job offer email",
    "I watered the plant for weeks and still nothing",
    "after everything I did today I need a bath",
    "now you have to try the dessert",
    "you should be proud of yourself",
    "funny how you always know what I'm thinking",
    "whatever you say goes, I trust you",
    "have a great time tonight without me, I'll catch the next one",
    "cool cool cool, see you at 8",
    "ok I give up, where did you hide the remote?",
    "what's the point of the meeting tomorrow?",
    "don't call me, I'll call you when I'm out",
    "don't even talk to me about monday mornings",
    "don't even bother with the dishes, I'll do them",
    "don't forget about me when you're famous",
    "I swear this is the best pizza in town",
    "you have until 5 to pick up the parcel",
    "your work comes first right now and that's fine, I get it",
    "you've stopped trying to quit sugar? fair",
    "I know you don't care about football, but the final is on tonight",
    "you're going to find someone to cover your shift?",
    "you're going to realise you left your keys here",
    "you're going to love this",
    "I feel like a new person thanks to you",
    "I feel like I'm always running late this week",
    "I feel like I can't ask my boss for a raise",
    "I tried sushi because of you and now I love it",
    "don't mind me, just grabbing a snack",
    "I'll go away for the weekend with the girls",
    "sorry sorry, typo",
    "I'm used to it by now, the commute is fine",
    "are we finished with the boxes?",
    "hope you're happy with the new job",
    "you won't regret trying the curry",
    "I'm so proud of you, I can't believe you ran a marathon!",
    "I feel like I'm not sleeping enough",
    "I feel like I'm just tired today",
    "I always have to leave early on fridays",
    # written for the second broadening (after DEVELOPMENT_4), guarding its new shapes
    "I've sent 3 messages to the group chat about the bbq",
    "I'm not a priority for the landlord apparently, still no boiler fix",
    "I've done everything on the list, your turn for the dishes",
    "don't expect me to be awake when you get in, I'm shattered",
    "let me know or I'll just book the earlier train",
    "I can't keep doing this commute every day, it's killing me",
    "I won't be texting much tonight, phone's dying",
    "must be nice being on holiday, enjoy every minute",
    "I see how it is done now, thanks for showing me",
    "my boss called it a 'meeting' but it was drinks",
    "why does it always have to rain on my day off",
    "why ask me, you're the expert",
    "how many times have you been to paris?",
    "so that's it? the whole season finale?",
    "my friends warned me about the traffic on the bridge",
    "I bet she'll love the present",
    "I bet he always wins at cards",
    "she doesn't have to wait for the bus anymore, she got a bike",
    "we're going to end up apart for christmas because of work, sad",
    "you're probably out having a great time, enjoy",
    "you make this look so easy",
    "stop making me laugh in the library",
    "I'm a terrible cook but I tried",
    "you should just leave without me, I'm running late",
    "this pasta is incredible, I'm serious",
    "why don't you take the car tomorrow, I'll walk",
    "you're impossible 😂 fine, your turn to pick the film",
    "do you want to be in the photo?",
    "are you still annoyed about the parking ticket? that fine was ridiculous",
    "have you moved on to season two yet?",
    # written for the third round (after DEVELOPMENT_5): negation, permission, jokes, and
    # scorekeeping about something other than the partner
    "you don't have to answer now, just thinking of you",
    "no rush to reply, answer whenever",
    "if you need to leave early, that's fine",
    "would you rather do thai or pizza?",
    "if you'd rather not come, I understand",
    "I'm done! finally finished the essay",
    "I'm done with this heat, can't wait for autumn",
    "it's been 5 hours since I ate, starving",
    "whatever, it's just a game lol",
    "forget it, I found the charger",
    "nvm, sorted it",
    "did I do something wrong with the oven? it's beeping",
    "why didn't you tell me you got promoted?! congrats!!",
    "the bus is late as usual",
    "forgot my keys. again.",
    "this is the second time the dishwasher has flooded",
    "you've changed your hair! looks great",
    "you've changed so much this year, I'm proud of you",
    "my time matters too, so I'm booking a massage",
    "how convenient, the shop is right by the station",
    "saw your location, you're nearly here, putting the kettle on",
    "you said 7 for dinner, want me to book for then?",
    "stop acting like you're not excited lol",
    "it's all on you tonight, I'm too tired to cook 😂",
    "counting the days till I see you",
    "I'm done waiting for the landlord, calling the council",
    # a precision sweep written before the fourth held-out set: everyday messages that share
    # words with pressure ("always", "never", "you should", "I bet you", "ignore", "again")
    "can you pick up the kids at 3? I'm stuck in a meeting",
    "I'm so sorry I forgot to call your mum back, I'll do it now",
    "are you coming to the gym tonight or shall I go alone?",
    "the landlord never fixed the window, I'll chase him",
    "my boss always does this, dumping work on me at 5pm",
    "ugh my sister is so annoying sometimes",
    "why does the bus never come on time",
    "I'm never going to understand tax forms",
    "did you remember to buy the birthday card?",
    "don't forget the dentist tomorrow at 10!",
    "you left your jacket here, want me to bring it?",
    "are you free on thursday evening? my parents want to do dinner",
    "ok fine, you can have the last slice 😂",
    "whatever you're cooking smells amazing",
    "I need you to sign the form before friday, it's on the desk",
    "you have to see the sunset right now, look outside!",
    "call me when you get this, good news!",
    "answer the door, the pizza guy is here",
    "I can't believe the match ended like that",
    "everyone leaves the office early on fridays here",
    "it always rains when we plan a picnic 😂",
    "the train is delayed, it's been 40 minutes already",
    "I've called the garage 3 times and they still haven't picked up",
    "I've texted mum twice and no answer, is she ok?",
    "please please please tell me you recorded the final",
    "you never told me you could play guitar! so cool",
    "you always forget your umbrella, take mine",
    "why didn't we think of this earlier",
    "did you see the game last night? what a finish",
    "how was your day? mine was long",
    "I'm not mad, just tired, long day at work",
    "are you upset about the news? I'm around if you want to talk",
    "I'm sorry I was short with you earlier, that was stress talking",
    "I'll stop by the pharmacy on the way home",
    "I feel like pizza tonight, you in?",
    "I feel like we should repaint the hallway",
    "I feel like you'd love this book",
    "honestly you're the most patient person I know",
    "you must be starving, dinner's ready",
    "you should come to yoga with me sometime, you'd love it",
    "you should have seen the dog's face 😂",
    "if you loved that place, you'll love the new one too",
    "if you want to, we could go to the coast this weekend",
    "no worries at all if you're too tired for the party",
    "I miss you so much it hurts, can't wait for friday",
    "thanks for everything you did this week",
    "after everything this week, I think we deserve a takeaway",
    "I've been waiting all week for this weekend!",
    "still waiting for my parcel, ugh",
    "the neighbours are so loud again",
    "remember when we got lost in venice? that was the best",
    "I'm on my way, traffic is awful",
    "can we talk later about the holiday budget? no rush",
    "my phone is on 2%, will text when I'm home",
    "hope your presentation went well! tell me everything later",
    "I'm proud of us",
    "it's been a long week, so glad it's friday",
    "I'm done for the day, heading home",
    "ignore the mess in the kitchen, I'll sort it tomorrow",
    "sorry, ignore that last text, it was meant for my sister",
    "you're such a good dad",
    "you're always welcome to bring your friends over",
    "I knew you'd love it!",
    "I bet you're exhausted after that hike",
    "I bet you'd look great in that jacket",
    "you obviously put so much work into this, it shows",
    "are you still at work? want me to start dinner?",
    "is everything ok? the kids said you called",
    "do you still want the blue sofa or the grey one?",
)

# -- development set 4: formerly HELD_OUT_2 ----------------------------------------------------
# Written after the first broadening (from DEVELOPMENT_2 and DEVELOPMENT_3), without running
# the rules on it, and measured once as a held-out set: precision 0.92, recall 0.42, named
# with the family it was written for 0.36 (the rules before the broadening: 0.90 / 0.35 /
# 0.31). That gap to the development sets (all 1.00) showed the rules were still too literal:
# an adverb in a slot ("I'm clearly not a priority"), another tense ("I won't be texting
# you"), the question form of a statement ("are you falling out of love with me"). Its
# misses were then studied as kinds for a second broadening, so it is a development set now.
# Each message carries the family it was written for.

DEVELOPMENT_4_PRESSURE: tuple[tuple[str, str], ...] = (
    ("so I just don't exist today?", "ultimatum"),
    ("another night of you 'working late'. sure.", "ultimatum"),
    ("you couldn't spare five minutes for me", "global-verdict"),
    ("I've sent 4 messages. four.", "surveillance"),
    ("you were online at 1am but too busy to reply to me", "surveillance"),
    ("why does everything have to be on your terms", "accusing-question"),
    ("don't bother explaining, I already know", "ultimatum"),
    ("you just want me around when it's convenient for you", "mind-reading"),
    ("are you still annoyed about this morning? please tell me", "mood-check"),
    ("do you actually want to be in this relationship", "worth-check"),
    ("I need you to promise it won't happen again", "certainty-demand"),
    ("WHERE ARE YOU", "shouting"),
    ("answer. me.", "immediate-reply"),
    ("pick up pick up pick up", "immediate-reply"),
    ("I'm so sick of always being the one who cares more", "surveillance"),
    ("I feel completely invisible to you", "story-word"),
    ("I feel like you'd be relieved if I left", "thought-as-feeling"),
    ("you make everything so difficult", "handing-over"),
    ("you'd better have a good excuse this time", "demand"),
    ("sorry for the wall of text, I know I'm being ridiculous", "retraction"),
    ("it's fine. I'm fine. everything's fine.", "ultimatum"),
    ("wow, you really outdid yourself this time", "ultimatum"),
    ("must be hard being so popular", "ultimatum"),
    ("I see how it is", "ultimatum"),
    ("I bet she doesn't have to beg for your attention", "mind-reading"),
    ("my sister's husband calls her every lunch break", "global-verdict"),
    ("if I meant anything to you, you'd be here right now", "ultimatum"),
    ("we're going to end up like my parents, I just know it", "global-verdict"),
    ("you're tired of me, just admit it", "mind-reading"),
    ("I won't be texting you again tonight. or ever.", "ultimatum"),
    ("why even ask how my day was if you don't listen", "accusing-question"),
    ("I've literally done everything for you", "surveillance"),
    ("nice to know I'm not important", "ultimatum"),
    ("you're probably out having the time of your life without me", "mind-reading"),
    ("text back. I mean it.", "immediate-reply"),
    ("decide by tonight or I'm making the decision for both of us", "ultimatum"),
    ("you never once asked how I was doing", "global-verdict"),
    ("could you at least pretend you missed me", "accusing-question"),
    ("I'm a terrible partner, you should just leave", "retraction"),
    ("sorry I exist I guess", "retraction"),
    ("how many more times are you going to cancel on me", "accusing-question"),
    ("I'm clearly not a priority to you", "surveillance"),
    ("it'd be nice if you remembered I exist", "ultimatum"),
    ("were you even going to tell me?", "accusing-question"),
    ("you're acting really shady lately", "mind-reading"),
    ("tell me honestly, are you falling out of love with me", "worth-check"),
    ("I can't keep doing this with you", "ultimatum"),
    ("if you go to that party, don't expect me to be here when you get back", "ultimatum"),
    ("you always find time for your friends but never for me", "global-verdict"),
    ("stop making me beg for basic affection", "handing-over"),
    ("haven't heard a word from you all day. noted.", "surveillance"),
    ("I guess I'm just not worth the effort", "ultimatum"),
    ("you don't get to ignore me and then act normal", "demand"),
    ("so that's it? you're just going to go quiet?", "accusing-question"),
    ("everyone warned me you'd do this", "global-verdict"),
)

DEVELOPMENT_4_GROUNDED: tuple[str, ...] = (
    "heading to the shops, need anything?",
    "can you feed the cat tonight? I'll be back late",
    "the heating is making that noise again",
    "just landed! so tired but happy",
    "dinner's in the oven, help yourself",
    "let me know what time suits for saturday",
    "running behind, go ahead and order without me",
    "do you still want to go to the market tomorrow?",
    "remind me to call the bank on monday",
    "I'm at the pharmacy, they're out of the usual one",
    "your package came, it's on the table",
    "we need to book the vet for the dog's jab",
    "can't find my charger, have you seen it?",
    "movie starts at 8:15, meet you outside",
    "I'll be quiet tonight, big deadline tomorrow",
    "sorry I missed your call, I was in the shower",
    "no need to pick me up, I'll get the bus",
    "I burnt the rice again 🙈",
    "you were right about the shortcut, saved 20 minutes",
    "your mum says hi",
    "that dog at the park today was hilarious",
    "guess who just got promoted 🎉",
    "ok you win, pineapple does belong on pizza",
    "I'm never eating that much cheese again",
    "you'll never guess who I bumped into",
    "don't laugh but I cried at the advert",
    "I feel like a new person after that nap",
    "stop it, you're making me blush",
    "you're impossible 😂 fine, your turn to pick the film",
    "thanks for being so patient with me this week",
    "that hug this morning carried me through the day",
    "I love waking up next to you",
    "you always make the flat feel like home",
    "I'm so glad we talked last night",
    "you looked really happy at the wedding, it made me happy too",
    "can't stop thinking about our trip, can we go back?",
    "proud of you for speaking up in that meeting",
    "sending you a hug for the exam",
    "I noticed I got a bit snappy when I was hungry earlier, sorry about that",
    "I'm feeling a bit fragile today, so I'm going to take it gently",
    "when you mentioned moving, I felt a flutter of nerves. would love to talk about it sometime",
    "my old worry about being left out popped up tonight. I'm handling it",
    "I'd really like a quiet night in together this week, if you're up for it",
    "I'm a little jealous of your trip, in the nice way, have the best time",
    "I got anxious when I didn't hear from you but I reminded myself you're at the conference",
    "would you be willing to check in when you land? it helps me settle, no pressure though",
    "I'm sad the weekend's over, it was lovely",
    "I realise I've been distracted lately, that's on me. can we have breakfast together saturday?",
    "I'm a bit overwhelmed, going to make tea and sit in the garden",
    "it meant a lot that you called my dad",
    "tell me all about the interview when you can",
    "are you ok? you seemed quiet at dinner. I'm around if you want to talk",
    "why don't you take the car tomorrow, I'll walk",
    "is everything ok at work? you've had a lot on",
)

# -- development set 5: formerly HELD_OUT_3 ----------------------------------------------------
# Written after the second broadening, without running the rules on it, and measured once as
# a held-out set: precision 0.84, recall 0.42, named with the family it was written for 0.36
# (the rules before any broadening: 0.83 / 0.38). All four false alarms came from rules older
# than the broadening and were kinds, not sentences: a negation ("no need to answer now"),
# "this" pointing at a noun ("done with this rain"), permission ("it's fine if you'd rather"),
# and time counted about something else ("it's been 3 hours and I'm still not done with this
# report"). Those kinds, and its misses, shaped a third round; it is a development set now.

DEVELOPMENT_5_PRESSURE: tuple[tuple[str, str], ...] = (
    ("r u seriously going out AGAIN tonight", "global-verdict"),
    ("Sam I've been sitting here like an idiot for an hour", "surveillance"),
    ("didn't think I'd have to remind you about tonight but here we are", "surveillance"),
    ("you said 7. it's 8:40.", "surveillance"),
    ("great to see you prioritising as usual", "ultimatum"),
    ("u could've at least texted", "demand"),
    ("why is it so impossible for you to just say sorry", "accusing-question"),
    ("are you breaking up with me or not", "worth-check"),
    ("just be honest, you don't want this anymore", "mind-reading"),
    ("I know what you're doing and it's not fair", "mind-reading"),
    ("you're the one who made this weird, not me", "handing-over"),
    ("this is all on you", "handing-over"),
    ("I need you to call me the minute you're out", "immediate-reply"),
    ("reply or don't, I don't even care anymore", "ultimatum"),
    ("oh don't worry about me, I'll just sit at home alone", "ultimatum"),
    ("clearly my feelings don't matter here", "mind-reading"),
    ("you've changed so much since you started that job", "global-verdict"),
    ("do I need to make an appointment to talk to you now", "ultimatum"),
    ("you never put me first. never.", "global-verdict"),
    ("PLEASE TALK TO ME", "shouting"),
    ("what now?? what did I do this time", "mood-check"),
    ("why are you being like this with me", "accusing-question"),
    ("promise you're not going anywhere", "certainty-demand"),
    ("I need to hear you say you still want me", "certainty-demand"),
    ("you owe me an apology and you know it", "demand"),
    ("stop acting like I'm the crazy one", "demand"),
    ("I feel so used", "story-word"),
    ("I feel like I'm the only one who cares about us", "thought-as-feeling"),
    ("you made me look like a fool in front of everyone", "handing-over"),
    ("I'm sorry for being a lot, I'll go", "retraction"),
    ("ugh ignore me, I'm spiralling again", "retraction"),
    ("every weekend it's something else with you", "global-verdict"),
    ("how convenient that your phone died again", "ultimatum"),
    ("so glad your friends get the best of you", "ultimatum"),
    ("I'm done waiting around for you to decide", "ultimatum"),
    ("if you walk out now, that's it for us", "ultimatum"),
    ("a decent person would've called by now", "ultimatum"),
    ("you'd never treat your mates like this", "global-verdict"),
    ("you text your sister more than you text me", "global-verdict"),
    ("it's always going to be like this isn't it", "global-verdict"),
    ("you'll get bored of me eventually, everyone does", "mind-reading"),
    ("I'm counting the minutes till you get back to me", "surveillance"),
    ("checked your location, you're not at work", "surveillance"),
    ("who's Alex and why are they liking all your photos", "surveillance"),
    ("is it too much to want one evening with you??", "accusing-question"),
    ("I shouldn't have to beg for your time", "ultimatum"),
    ("fine, do whatever, I'm going to bed", "ultimatum"),
    ("I'm a mess and you're better off not dealing with me", "retraction"),
    ("be honest, do you even like me", "worth-check"),
    ("no reply again. cool.", "surveillance"),
)

DEVELOPMENT_5_GROUNDED: tuple[str, ...] = (
    "Sam, the landlord's coming at 9, can you let him in?",
    "I'll be back around 6, traffic permitting",
    "want anything from the bakery?",
    "just parked, see you in 5",
    "can we move dinner to 8? work ran over",
    "did you book the tickets or shall I?",
    "forgot my lunch again 🙄 gonna grab something",
    "ok so the plumber says it's the valve",
    "your parcel is at the neighbour's",
    "what's the plan for sunday?",
    "I'm so done with this rain lol",
    "I swear the cat understands english",
    "why is the printer always jammed when I'm in a hurry 😤",
    "never again am I eating at that place 😂",
    "you're such a nerd, I love it",
    "tell me you didn't eat all the cookies 😂",
    "you're going to laugh, I locked myself out again",
    "guess what I found in the attic",
    "I can't believe how big the puppy has got",
    "it's been ages since we had a lazy sunday, let's do one soon",
    "it's been 3 hours and I'm still not done with this report ugh",
    "I'm exhausted, going to have a bath and an early night",
    "feeling a little low today, nothing serious, just the weather I think",
    "I noticed I was getting worked up about the bills, so I took a walk. feeling better",
    "honestly I felt hurt when you joked about my cooking at dinner. can we talk about it later?",
    "I'm anxious about tomorrow's appointment. could you text me a good luck in the morning?",
    "I know I've been clingy this week. it's my stuff, and I'm working on it with my therapist",
    "my brain keeps telling me you're upset with me, but I know that's just the old fear",
    "I'd love to hear about your day when you've had a chance to unwind",
    "no need to reply tonight, I just wanted to say I'm proud of you",
    "thank you for holding me last night, I needed that",
    "you're the best thing that ever happened to me",
    "I love how excited you get about cheese",
    "good luck today, you've got this",
    "missing you a bit today, looking forward to the weekend",
    "happy friday! drinks later?",
    "you always make the best playlists for road trips",
    "I'm grateful we figured out the money thing together",
    "that was such a fun evening, thank you for organising",
    "could we maybe try a new walk this weekend?",
    "I felt so close to you at the wedding",
    "I'm a bit sad you can't come, but I get it, work's mad right now",
    "whenever you're ready to talk about the holiday, I'm here",
    "it's fine if you'd rather stay in tonight, we can do pizza",
    "I get a bit wobbly when plans change, but I'm okay, we'll figure it out",
    "can you call me when you get a sec? nothing urgent, just a question about the car",
    "are you ok? you seemed stressed this morning. no need to answer now",
    "let me know when you land so I can stop refreshing the flight tracker 😅",
    "I don't mind either way, you choose",
    "sorry for the late reply, I was at the gym",
    "I'm going to be honest, I've been feeling disconnected lately, and I'd love a date night",
    "please can you remember to take the bins out",
)

# -- held out 4: written last, measured once, never used to change a rule ---------------------
# Written after the third round (and its precision sweep), without running the rules on it,
# then measured once. This is the honest estimate of how the mirror does on phrasing it has
# not seen; the three earlier held-out sets (the former HELD_OUT, HELD_OUT_2 and HELD_OUT_3,
# now DEVELOPMENT_2, _4 and _5) and their single measurements are in docs/sharing.md. Each
# pressure message carries the family it was written for, to report recall per family. The
# floors in test_the_fresh_held_out_set_is_measured_once sit a little below that single
# measurement; if a later change moves the numbers, say so rather than tune to this set.

HELD_OUT_4_PRESSURE: tuple[tuple[str, str], ...] = (
    ("it would've taken you two seconds to text", "global-verdict"),
    ("am I supposed to just guess where you are", "accusing-question"),
    ("seriously? you forgot AGAIN?", "global-verdict"),
    ("I've been up all night waiting for you to get home", "surveillance"),
    ("your read receipts are on, I know you've seen it", "surveillance"),
    ("the least you can do is answer", "surveillance"),
    ("oh cool so you're ignoring me now", "mind-reading"),
    ("you care more about that game than you do about me", "mind-reading"),
    ("you don't respect my time at all", "mind-reading"),
    ("do you even know what today is", "accusing-question"),
    ("why would you tell her before me", "accusing-question"),
    ("why do I always find out last", "surveillance"),
    ("please just tell me we're still good", "certainty-demand"),
    ("swear on it", "certainty-demand"),
    ("I need a straight answer right now", "immediate-reply"),
    ("call me. it's urgent. now.", "immediate-reply"),
    ("HOW MANY TIMES DO I HAVE TO SAY IT", "shouting"),
    ("are you angry or just busy??", "mood-check"),
    ("is it me? did I say something?", "mood-check"),
    ("would you even notice if I wasn't here", "worth-check"),
    ("do you still find me attractive or not", "worth-check"),
    ("I feel so unimportant to you", "story-word"),
    ("I feel neglected lately", "story-word"),
    ("I feel like I'm always an afterthought with you", "thought-as-feeling"),
    ("you're making me feel crazy again", "handing-over"),
    ("you ruined the whole evening", "handing-over"),
    ("you need to get your priorities straight", "demand"),
    ("you have to start pulling your weight", "demand"),
    ("sorry for nagging, I'm just a pain, I know", "retraction"),
    ("never mind, forget I asked", "retraction"),
    ("fine, have it your way", "ultimatum"),
    ("whatever you think is best, clearly my opinion doesn't count", "ultimatum"),
    ("don't bother coming home then", "ultimatum"),
    ("well thanks for making me look stupid", "ultimatum"),
    ("good to know your mates come first", "ultimatum"),
    ("keep doing this and see what happens", "ultimatum"),
    ("if you cared you wouldn't need reminding", "ultimatum"),
    ("I'm not going to beg you to spend time with me", "ultimatum"),
    ("I'll just stay out of your way from now on", "ultimatum"),
    ("you'll leave like everyone else does", "mind-reading"),
    ("you've obviously made up your mind about me", "mind-reading"),
    ("you never make time for us anymore", "global-verdict"),
    ("everything is always about you", "global-verdict"),
    ("Jo's girlfriend surprises her all the time", "global-verdict"),
    ("I gave you my whole weekend and you barely said thanks", "surveillance"),
    ("I've waited three weeks for you to bring this up", "surveillance"),
    ("we'll never get past this, will we", "global-verdict"),
    ("this is exactly what happened last time", "global-verdict"),
    ("I'm obviously not enough for you", "worth-check"),
    ("you'd be happier if I just disappeared", "retraction"),
    ("ur so inconsiderate sometimes", "global-verdict"),
    ("r u still with him rn", "surveillance"),
)

HELD_OUT_4_GROUNDED: tuple[str, ...] = (
    "morning! coffee's in the pot",
    "can you check if we have eggs? going to the shop",
    "I'm stuck on the train, probably 20 min late",
    "the car's making a weird noise again, I'll book it in",
    "what do you fancy for dinner tomorrow?",
    "I've put the washing on, can you hang it out when it's done?",
    "are we still on for bowling saturday?",
    "remember it's bin day tomorrow",
    "just got your text, sorry, phone was on silent",
    "heading out for a run, back by 8",
    "I left some leftovers in the fridge for you",
    "meeting ran late, leaving now",
    "do you know where the spare key is?",
    "mum wants to know if we're coming for easter",
    "the wifi's down again, I've called them",
    "lol that meme is so you",
    "I can't stop laughing at what you said earlier",
    "you're a menace 😂",
    "your cooking has ruined restaurants for me",
    "I can never stay mad at you, it's annoying",
    "I'm obsessed with this song, listen when you can",
    "we should totally get a hot tub",
    "fine, you were right about the film, it was great",
    "you'd be proud of me, I went to the gym",
    "I'd love to see you tonight if you're up for it",
    "thanks for dealing with the plumber, you're a hero",
    "I love our sunday mornings",
    "you've been amazing this week, thank you",
    "so proud of you for finishing the course",
    "you always know what to say when I'm down",
    "sleep well, I'll see you in the morning",
    "thinking about you, hope the appointment goes ok",
    "I'm feeling a bit off today, going to take it easy and read",
    "I noticed I got jealous when you mentioned your ex. it's my insecurity, and it passed",
    "I felt lonely this evening, so I called my friend, and it helped",
    "I'm nervous about meeting your boss, can we talk about it over dinner?",
    "my anxiety's been high this week. I'm doing my breathing exercises",
    "I'd like us to plan a trip together sometime this year",
    "when you hugged me this morning, I felt really safe",
    "I'm a little disappointed the trip fell through, but I understand",
    "could you let me know if you'll be late tonight? it helps me plan",
    "no reply needed, just wanted to say I love you",
    "I've been thinking about what you said, and I think you're right",
    "I'm sorry I got defensive earlier. I'd like to try that conversation again",
    "it's ok if you need a quiet night, I'll keep myself busy",
    "I'm proud of how we handled that",
    "take as long as you need, I'm not going anywhere",
    "if you're tired we can just order in",
    "I had a rough day but I'm okay. would love a cuddle later",
    "happy anniversary to my favourite person",
    "I miss you already and you only left this morning",
    "tell your sister congrats from me!",
)

PRESSURE_FAMILIES_IN_PRODUCT = {
    "global-verdict",
    "accusing-question",
    "mood-check",
    "worth-check",
    "certainty-demand",
    "urgency-punctuation",
    "shouting",
    "immediate-reply",
    "surveillance",
    "ultimatum",
    "mind-reading",
    "story-word",
    "thought-as-feeling",
    "handing-over",
    "demand",
    "retraction",
    "defensiveness",
    "repeated-check",
}
GROUNDED_FAMILIES_IN_PRODUCT = {
    "self-observation",
    "ownership",
    "feeling-word",
    "specific-instance",
    "removing-pressure",
    "self-settling",
    "flexible-request",
    "appreciation",
    "tentative",
}


# HELD_OUT_4, measured once: precision 1.00, recall 0.54 (28/52), named with the family it
# was written for 0.44 (23/52). The rules before any broadening: 1.00 / 0.44 / 0.38.
HELD_OUT_4_RECALL_FLOOR = 0.5
HELD_OUT_4_FAMILY_FLOOR = 0.4


def flagged(text: str) -> bool:
    return bool(check(text, partner_name="Sam").flags)


def families(text: str, partner_name: str | None = "Sam") -> set[str]:
    """Every family named, including those merged into another finding on the same words."""
    return {name for f in check(text, partner_name=partner_name).flags for name in f.families}


def scores(pressure: list[str], grounded: list[str]) -> tuple[float, float]:
    true_pos = sum(flagged(t) for t in pressure)
    false_pos = sum(flagged(t) for t in grounded)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    return precision, true_pos / len(pressure)


# -- quality -----------------------------------------------------------------------------------


def test_the_corpus_is_big_enough_and_covers_every_family():
    assert len(PRESSURE) >= 40 and len(GROUNDED) >= 40
    expected = set().union(*(f for _, f in PRESSURE))
    # defensiveness came with the corpus from public sources (tests/corpora/messages)
    assert expected == PRESSURE_FAMILIES_IN_PRODUCT - {"repeated-check", "defensiveness"}
    seen = set().union(*(s for _, s in GROUNDED))
    assert seen == GROUNDED_FAMILIES_IN_PRODUCT


def test_precision_and_recall_on_the_corpus(capsys):
    precision, recall = scores([t for t, _ in PRESSURE], [t for t, _ in GROUNDED])
    hits: dict[str, int] = {}
    totals: dict[str, int] = {}
    for text, expected in PRESSURE:
        got = families(text)
        for family in expected:
            totals[family] = totals.get(family, 0) + 1
            hits[family] = hits.get(family, 0) + (family in got)
    per_family = {f: hits[f] / totals[f] for f in sorted(totals)}
    family_recall = sum(hits.values()) / sum(totals.values())
    with capsys.disabled():
        print(
            f"\nmessage check, corpus ({len(PRESSURE)} pressure, {len(GROUNDED)} grounded): "
            f"precision {precision:.2f}, recall {recall:.2f}, family recall {family_recall:.2f}"
        )
        print("  per family: " + ", ".join(f"{f} {r:.2f}" for f, r in per_family.items()))
    assert precision >= 0.9
    assert recall >= 0.9
    assert family_recall >= 0.9
    assert all(r >= 0.75 for r in per_family.values()), per_family


def test_grounded_signals_are_recognised_in_the_corpus(capsys):
    expected = [(t, s) for t, s in GROUNDED if s]
    found = sum(s <= {g.family for g in check(t).grounded} for t, s in expected)
    with capsys.disabled():
        print(f"  grounded signals recognised: {found}/{len(expected)} messages")
    assert found / len(expected) >= 0.9


DEVELOPMENT_SETS = {
    "development 1": (DEVELOPMENT_PRESSURE, DEVELOPMENT_GROUNDED),
    "development 2 (the former held-out set)": (DEVELOPMENT_2_PRESSURE, DEVELOPMENT_2_GROUNDED),
    "development 3 (kinds of phrasing)": (DEVELOPMENT_3_PRESSURE, DEVELOPMENT_3_GROUNDED),
    "development 4 (the first fresh held-out set)": (
        tuple(t for t, _ in DEVELOPMENT_4_PRESSURE),
        DEVELOPMENT_4_GROUNDED,
    ),
    "development 5 (the second fresh held-out set)": (
        tuple(t for t, _ in DEVELOPMENT_5_PRESSURE),
        DEVELOPMENT_5_GROUNDED,
    ),
}


@pytest.mark.parametrize("name", list(DEVELOPMENT_SETS))
def test_precision_and_recall_on_the_development_sets(name, capsys):
    pressure, grounded = DEVELOPMENT_SETS[name]
    precision, recall = scores(list(pressure), list(grounded))
    with capsys.disabled():
        print(
            f"  {name} ({len(pressure)}/{len(grounded)}): "
            f"precision {precision:.2f}, recall {recall:.2f}"
        )
    assert precision >= 0.9
    assert recall >= 0.9


def test_the_fresh_held_out_set_is_measured_once(capsys):
    """Phrasing the rules never saw (HELD_OUT_4). The floors sit a little below the one
    measurement; they guard against getting worse and are not a goal to tune towards."""
    texts = [t for t, _ in HELD_OUT_4_PRESSURE]
    precision, recall = scores(texts, list(HELD_OUT_4_GROUNDED))
    hits: dict[str, int] = {}
    found: dict[str, int] = {}
    totals: dict[str, int] = {}
    for text, family in HELD_OUT_4_PRESSURE:
        got = families(text)
        totals[family] = totals.get(family, 0) + 1
        hits[family] = hits.get(family, 0) + bool(got)
        found[family] = found.get(family, 0) + (family in got)
    family_recall = sum(found.values()) / len(HELD_OUT_4_PRESSURE)
    with capsys.disabled():
        print(
            f"  held out 4 ({len(HELD_OUT_4_PRESSURE)}/{len(HELD_OUT_4_GROUNDED)}): "
            f"precision {precision:.2f}, recall {recall:.2f}, "
            f"named with the family it was written for {family_recall:.2f}"
        )
        print(
            "    flagged per family: "
            + ", ".join(f"{f} {hits[f]}/{totals[f]}" for f in sorted(totals))
        )
    assert precision >= 0.9
    assert recall >= HELD_OUT_4_RECALL_FLOOR
    assert family_recall >= HELD_OUT_4_FAMILY_FLOOR


# -- the rules as data -------------------------------------------------------------------------


def test_rules_are_data_with_unique_ids_and_words_for_every_pressure_rule():
    ids = [r.id for r in mr.RULES]
    assert len(ids) == len(set(ids))
    for rule in mr.RULES:
        assert rule.family in mr.FAMILIES
        assert rule.id.split(".")[0] == rule.family
        assert rule.kind == mr.FAMILIES[rule.family].kind
        if rule.kind == "pressure":
            assert rule.why.endswith(".") and rule.suggestion
            # the voice: no exclamation marks (quoting "!!!" is not one)
            assert "!" not in (rule.why + rule.suggestion).replace("!!!", "")
    with pytest.raises(AttributeError):
        mr.RULES[0].pattern = "x"  # type: ignore[misc]


def test_every_family_in_the_product_has_rules():
    pressure = {r.family for r in mr.PRESSURE_RULES} | {mr.REPEATED_CHECK.family}
    grounded = {r.family for r in mr.GROUNDED_RULES}
    assert pressure == PRESSURE_FAMILIES_IN_PRODUCT
    assert grounded == GROUNDED_FAMILIES_IN_PRODUCT


@pytest.mark.parametrize("name", [None, "Sam", "A.J. (the) [red]", "Zoë", "  "])
def test_every_pattern_compiles_with_any_partner_name(name):
    for prepared in mr._prepared(name):
        for pattern in (prepared.pattern, prepared.unless, prepared.unless_before):
            if pattern is not None:
                assert isinstance(pattern, re.Pattern), prepared.rule.id
                assert "{you" not in pattern.pattern and "{name}" not in pattern.pattern


def test_rules_for_a_kind_of_phrasing_carry_their_own_words():
    """A rule written for one kind of phrasing (sarcasm, a threat, comparison) explains that
    kind; the others share their family's words."""
    own = [r for r in mr.PRESSURE_RULES if r.why != mr.FAMILIES[r.family].why]
    assert len(own) >= 15
    for rule in own:
        assert rule.suggestion != mr.FAMILIES[rule.family].suggestion, rule.id
        assert rule.why.endswith(".") and ":" in rule.suggestion, rule.id
    sarcasm = check("thanks for ruining my birthday").flags[0]
    assert sarcasm.rule == "ultimatum.sarcastic-thanks"
    assert "Sarcasm" in sarcasm.why and sarcasm.suggestion.startswith("Say the hurt plainly")


# -- what the engine finds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you always make me laugh",
        "I never want to forget this trip",
        "you never fail to cheer me up",
        "promise me you'll rest tonight",
        "happy birthday!!!",
        "you make me feel so safe",
        "I LOVE YOU",
        "you need to try this cake",
        "why don't we get takeaway tonight?",
        "call me when you're done, no rush",
        "Whatever you choose for dinner is fine by me",
        "you always know how to cheer me up",
        "can't wait to see you!!",
        "why don't we get pizza tonight?",
        "thanks for not making a fuss last night",
        "I give up on this crossword 😂",
        "no need to call me back right now, I'm fine",
        "it's fine if you'd rather stay in tonight",
        "I'm done with this heat, can't wait for autumn",
        "forget it, I found the charger",
        "I'm scared I'm going to lose you sometimes, and I know that's my fear talking",
    ],
)
def test_positive_uses_are_not_flagged(text):
    assert check(text).flags == ()


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("thanks for ruining my birthday", "ultimatum"),
        ("great, glad I matter", "ultimatum"),
        ("I guess I'm last on your list again", "surveillance"),
        ("I need an answer tonight", "immediate-reply"),
        ("do you even care", "worth-check"),
        ("you obviously don't want to see me", "mind-reading"),
        ("maybe I should just stop trying", "ultimatum"),
        ("after everything I've done", "surveillance"),
        ("other people's partners text back", "global-verdict"),
        ("if you loved me you'd move here", "ultimatum"),
        ("this always ends badly", "global-verdict"),
        ("we're done aren't we", "ultimatum"),
        ("I'm too much, ignore me", "retraction"),
    ],
)
def test_kinds_of_pressure_are_mirrored(text, family):
    assert family in families(text)


@pytest.mark.parametrize(
    ("pressure", "harmless"),
    [
        ("call me back right now", "no need to call me back right now"),
        ("you'd rather be with your friends", "it's fine if you'd rather be with your friends"),
        ("I give up", "I give up on this crossword 😂"),
        ("thanks for ruining my diet", "thanks for ruining my diet lol"),
        ("I'm so done with this", "I'm so done with this rain"),
        (
            "it's been 3 hours and nothing",
            "it's been 3 hours and I'm still not done with this report",
        ),
    ],
)
def test_negation_jokes_and_nouns_change_the_reading(pressure, harmless):
    assert check(pressure).flags
    assert check(harmless).flags == ()


def test_a_finding_has_the_words_why_and_a_grounded_alternative():
    text = "why didn't you text me back?? are you mad at me"
    result = check(text)
    assert [f.family for f in result.flags] == [
        "accusing-question",
        "urgency-punctuation",
        "mood-check",
    ]
    first = result.flags[0]
    assert first.match == "why didn't you"
    assert text[first.spans[0][0] : first.spans[0][1]] == first.match
    assert "defend" in first.why
    assert first.suggestion.startswith("Say what happened in you")
    assert result.flags[2].match == "are you mad at me"


def test_words_inside_a_mirrored_phrase_are_not_praised():
    result = check("thanks for ruining my birthday. maybe I should just stop trying")
    assert [f.rule for f in result.flags] == ["ultimatum.sarcastic-thanks"]
    assert result.flags[0].spans == ((0, 18), (32, 63))
    assert result.grounded == ()
    kind = check("thanks for dinner. maybe I'm just tired")
    assert kind.flags == ()
    assert {"appreciation", "tentative"} <= {g.family for g in kind.grounded}


def test_clauses_keep_a_warm_use_from_hiding_a_verdict():
    result = check("you always make me laugh but you never text back")
    assert [(f.family, f.match) for f in result.flags] == [("global-verdict", "you never")]


def test_every_place_a_family_occurs_is_marked():
    text = "you never call. you never ask. you always forget"
    (finding,) = check(text).flags
    assert [text[a:b] for a, b in finding.spans] == ["you never", "you never", "you always"]


def test_typographic_apostrophes_and_lower_case_are_read():
    result = check("why didn’t u text back")
    assert result.flags[0].match == "why didn’t u"  # the original characters are kept


def test_the_partner_s_name_is_recognised_only_when_set():
    assert families("Sam never listens to me", partner_name=None) == set()
    assert families("Sam never listens to me") == {"global-verdict"}
    assert families("why didn't Sam call") == {"accusing-question"}
    assert families("I can see Sam is online") == {"surveillance"}


def test_grounded_signals_are_listed_in_order():
    result = check("I noticed I'm anxious today. it's my old pattern. no need to reply")
    assert [g.family for g in result.grounded] == [
        "self-observation",
        "feeling-word",
        "ownership",
        "removing-pressure",
    ]
    assert result.flags == ()


# -- the same check again ----------------------------------------------------------------------

T = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)


def test_a_reassurance_check_asked_again_is_named():
    result = check("are you upset with me?", recent=[("do you still love me", T)])
    repeated = [f for f in result.flags if f.family == "repeated-check"]
    assert len(repeated) == 1
    assert repeated[0].earlier == (T,)
    assert repeated[0].match == "are you upset with me"
    assert "again" in repeated[0].why


def test_no_repetition_without_a_check_now_or_then():
    assert "repeated-check" not in {
        f.family for f in check("are you mad at me", recent=[("see you at 8", T)]).flags
    }
    assert "repeated-check" not in {
        f.family for f in check("I noticed I'm anxious", recent=[("are you mad at me", T)]).flags
    }


def test_the_engine_is_pure():
    recent = [("are you mad at me", T), ("are we ok", T + timedelta(hours=1))]
    first = check("are you angry?", recent=recent)
    assert first == check("are you angry?", recent=recent)
    assert first.flags[-1].earlier == (T, T + timedelta(hours=1))


# -- robustness --------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it(text):
    result = check(text, partner_name="Sam")
    found: list[tuple[tuple[tuple[int, int], ...], str]] = [
        (f.spans, f.match) for f in result.flags
    ] + [(g.spans, g.match) for g in result.grounded]
    for spans, match in found:
        for start, end in spans:
            assert 0 <= start < end <= len(text)
        start, end = spans[0]
        assert text[start:end] == match


def test_a_long_message_is_checked_quickly():
    text = ("why didn't you answer?? you always do this. " * 500)[:20_000]
    started = time.perf_counter()
    result = check(text, partner_name="Sam")
    assert time.perf_counter() - started < 10  # about 1 s here: linear, not quadratic
    assert {f.family for f in result.flags} >= {"accusing-question", "global-verdict"}


def every_message() -> list[str]:
    sets = [
        [t for t, _ in PRESSURE],
        [t for t, _ in GROUNDED],
        [t for t, _ in HELD_OUT_4_PRESSURE],
        list(HELD_OUT_4_GROUNDED),
    ]
    for pressure, grounded in DEVELOPMENT_SETS.values():
        sets += [list(pressure), list(grounded)]
    return [t for texts in sets for t in texts]


def test_the_whole_check_is_fast(capsys):
    """No message takes long: a guard against a pattern that backtracks badly, with wide
    room for a loaded machine (a message takes a few milliseconds here). The totals are
    printed, not asserted, so the test does not depend on how fast the machine is."""
    everything = every_message()
    check("warm up", partner_name="Sam")
    slowest = 0.0
    started = time.perf_counter()
    for text in everything:
        began = time.perf_counter()
        check(text, partner_name="Sam")
        slowest = max(slowest, time.perf_counter() - began)
    all_seconds = time.perf_counter() - started
    with capsys.disabled():
        print(
            f"  speed: every set ({len(everything)} messages) {all_seconds:.3f} s, the slowest "
            f"message {slowest * 1000:.1f} ms"
        )
    assert slowest < 0.5


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("you never answer me", ["global-verdict"]),
        ("you never reply to me", ["global-verdict"]),
        ("answer me now", ["immediate-reply"]),
    ],
)
def test_a_complaint_about_a_habit_is_not_a_demand_for_a_reply(text, families):
    assert sorted(f.family for f in check(text).flags) == families


def test_a_verdict_and_a_story_on_the_same_words_are_one_finding():
    (finding,) = check("you don't love me anymore").flags
    assert finding.family == "mind-reading" and finding.also == ("global-verdict",)
    assert finding.match == "you don't love me anymore"


# -- explanations, merging and the wish ----------------------------------------------------------

_QUOTE = re.compile(r"(?:^|[\s(])['‘“\"]")


def test_an_explanation_quotes_nothing_but_the_message():
    """The why names the kind of pressure; the screen shows the words beside it, so a why
    never quotes an example the message may not contain."""
    for rule in mr.PRESSURE_RULES:
        assert not _QUOTE.search(rule.why), rule.id
    for family in mr.PRESSURE_FAMILIES:
        assert not _QUOTE.search(family.why), family.name


def test_findings_on_the_same_words_are_merged_and_others_are_not():
    (shout,) = check("WHY ARE YOU DOING THIS").flags
    assert shout.family == "accusing-question" and shout.also == ("shouting",)
    assert shout.match == "WHY ARE YOU DOING THIS"
    (pleading,) = check("answer me!!!").flags
    assert pleading.family == "immediate-reply" and pleading.also == ("urgency-punctuation",)
    apart = check("why didn't you text me back?? are you mad at me").flags
    assert [f.family for f in apart] == ["accusing-question", "urgency-punctuation", "mood-check"]
    assert all(f.also == () for f in apart)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("call me back right now", "contact", "could you call me? No rush."),
        ("why haven't you texted me back?? it's been 3 hours", "contact", "could you text me?"),
        ("answer me. tonight", "contact", "When you're free tonight, could you get back to me?"),
        ("hello??? are you there. call me", "contact", "could you call me?"),
        ("you never talk to me anymore", "contact", "Could we talk when you're free?"),
        ("are you mad at me", "reassurance", "would you tell me how we are?"),
        ("do you still love me? I'm so anxious", "reassurance", "I'm feeling anxious tonight"),
        ("promise me you won't leave", "reassurance", "a few warm words from you"),
        ("just leave me alone. you always do this", "space", "a little time to myself"),
        ("you owe me an apology for last night", "apology", "sorry about last night"),
        ("you never plan anything for us", "plan", "plan an evening together"),
        ("we never have date night anymore, you don't care", "plan", "plan a date night"),
        (
            "when you left without saying bye I felt hurt. you never care",
            "heard",
            "When you left without saying bye, I felt hurt.",
        ),
    ],
)
def test_the_suggestion_fits_what_the_message_asks_for(text, kind, words):
    wish = check(text).wish
    assert wish is not None
    assert wish.kind == kind
    assert words in wish.suggestion
    assert wish.words.lower() in text.lower()


def test_the_suggestion_never_asks_for_the_opposite_of_the_wish():
    for text in ("call me back right now", "hello?? answer me", "why didn't you call me"):
        suggestion = check(text).wish.suggestion  # type: ignore[union-attr]
        assert "no need to reply" not in suggestion.lower()
        assert "time to myself" not in suggestion
    assert check("see you at 8, love you").wish is None


def test_grounded_words_inside_a_mirrored_clause_are_not_credited():
    found = check("how could you say that? you're never there when I needed you")
    assert {"specific-instance", "flexible-request"}.isdisjoint(g.family for g in found.grounded)
    kind = check("when you left this morning I felt sad. could we talk tonight?")
    assert {"specific-instance", "feeling-word", "flexible-request"} <= {
        g.family for g in kind.grounded
    }


# -- the false flags and kinds named in issue #15 ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # one capitalised word inside praise is emphasis
        "you were AMAZING tonight",
        "thank you for EVERYTHING",
        # phone use seen face to face is an observation, not keeping watch online
        "I noticed you were on your phone a lot at dinner, and I felt lonely",
        # "right now" about the writer's own answer
        "I can't answer right now, I'm at work",
        "I don't have an answer right now, can I think about it?",
        # an I-statement that names their act is not taking it back
        "I felt dismissed when you said never mind and walked off",
        # a story word inside an I-statement with its moment or a request (docs/sharing.md)
        "I felt ignored when I was sharing. Could we put phones away for ten minutes?",
        "I feel blamed, could you rephrase that?",
        "I hear that you felt ignored. That makes sense.",
        # asking for conduct after a hurt is not a demand for certainty
        "I need you to promise not to hurt me like that again.",
        "thanks for making me feel like I come first",
        "can you grab the tickets before they sell out?!",
        "I'll text you when I'm done.",
        "I'm sorry you were hurt by what I said. I was wrong to say it.",
        "I'm sorry. Please forgive me.",
    ],
)
def test_the_false_flags_named_in_the_issue_are_left_alone(text):
    assert check(text).flags == (), [(f.rule, f.match) for f in check(text).flags]


def test_a_story_word_standing_alone_is_still_mirrored():
    assert families("I feel ignored") == {"story-word"}
    assert families("I'm feeling unappreciated.") == {"story-word"}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("You're so dramatic.", "global-verdict"),
        ("You're such a drama queen.", "global-verdict"),
        ("You're acting just like your father.", "global-verdict"),
        ("You keep spending on things we don't need.", "global-verdict"),
        ("You always make us late.", "global-verdict"),
        ("Why did you sleep without letting me know?", "accusing-question"),
        ("Why would you post that picture?", "accusing-question"),
        ("Everything ok?", "mood-check"),
        ("Are you sure you're not mad?", "worth-check"),
        ("If you don't stop doing that, I'm leaving you!", "ultimatum"),
        ("Maybe we should get a divorce then", "ultimatum"),
        ("Fine, don't reply", "ultimatum"),
        ("You are the reason I'm like this.", "handing-over"),
        ("It's your own fault you feel this way.", "handing-over"),
        ("Who were you with last night?", "surveillance"),
        ("Why were you texting your ex?", "accusing-question"),
        ("Stop drinking soda.", "demand"),
        ("You can't go out without me.", "demand"),
        ("Sorry, quick question.", "retraction"),
        ("Sorry to bother you again.", "retraction"),
        ("I'm sorry you feel that way.", "defensiveness"),
        ("You're overreacting.", "defensiveness"),
        ("That never happened.", "defensiveness"),
        ("It was just a joke. Get over it.", "defensiveness"),
    ],
)
def test_kinds_from_the_corpus_from_public_sources_are_mirrored(text, family):
    assert family in families(text), [(f.rule, f.families) for f in check(text).flags]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Would you be willing to try a weekly date night?", "flexible-request"),
        ("Are you open to talking about it tonight?", "flexible-request"),
        ("The story I'm telling myself is that you're upset with me.", "ownership"),
        ("I can see my part in all this.", "ownership"),
        ("I feel drained tonight.", "feeling-word"),
        ("I love you and I appreciate everything you do.", "appreciation"),
    ],
)
def test_more_grounded_language_is_recognised(text, family):
    result = check(text)
    assert result.flags == ()
    assert family in {g.family for g in result.grounded}
