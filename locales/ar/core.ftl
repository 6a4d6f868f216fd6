# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in ar.

## Lists of names

# Two names: "Sergey Lavrov and Rex Tillerson".
list-two = { $first } و{ $second }
# The start of a list of three names or more: $first is a name, $rest the
# rest of the list, already joined ("A, B and C").
list-more = { $first } و{ $rest }
# The last two names of a list of three or more ("B and C" in "A, B and C").
list-end = { $first } و{ $second }
# Items in a plain series, with a comma: $first an item, $rest the rest,
# already joined (the items a notice names; the start of a list-or).
list-comma = { $first }، { $rest }
# The last two items of a list of choices (names, topics, words), or two
# alone: "Sergey Lavrov or Rex Tillerson"; "‘a’, ‘b’ or ‘c’" is list-comma
# before it.
list-or = { $first } أو { $second }

## Kinds of statement

# On a card: the speaker's own words, in quotation marks in the article.
kind-quote = اقتباس
# On a card: the article's report of what someone said.
kind-paraphrase = إعادة صياغة
# Said once above the cards: what the two words above mean.
kind-legend = اقتباس: كلمات المتحدث نفسه، مميَّزة في جملة المقال. إعادة صياغة: ما ينقله المقال عمّا قيل.

## Stances

# A statement the other side accepts: the filter, its badge and the legend.
stance-agreed = مقبول
# The filter for statements in a dispute, both the claim and its answers.
stance-in-a-dispute = موضع خلاف
# The badge of a disputed statement whose dispute names no one.
stance-disputed = معترَض عليه
# A statement the article reports no answer to. Not "unchallenged" or
# "undisputed": only that the article gives no response.
no-response-reported = لم يُذكر ردّ
# The legend above the cards, after "Agreed: ".
legend-agreed-meaning = يقبله الطرف الآخر.
# The legend's name for the dispute badges (see badge-disputes and
# badge-disputed-by).
legend-disputed = اعتراض على / معترَض عليه من
# The legend, after "Disputes / Disputed by: ".
legend-disputed-meaning = يعترض طرف على ما قاله الطرف الآخر.
# The legend, after "No response reported: ".
legend-no-response-meaning = لا يورد المقال أي ردّ (وهذا لا يعني الموافقة).

## A card's stance badge. "Disputed by" means "contested by", never "refuted".

# $name: the speaker of the statement this one answers and contests.
badge-disputes = اعتراض على { $name }
# $name: the speaker of the statement this one answers and backs.
badge-confirms = تأييد لكلام { $name }
# $names: the speakers who contest this statement, joined (list-two…).
badge-disputed-by = معترَض عليه من { $names }
# $names: the speakers who back this statement, joined (list-two…).
badge-confirmed-by = مؤيَّد من { $names }
# A badge that says more: $badge is what it says first ("Confirms Rex
# Tillerson"), $names the speakers who contest the statement.
badge-and-disputed-by = { $badge }؛ ومعترَض عليه من { $names }
# A badge that says more: $badge is what it says first, $names the
# speakers who back the statement.
badge-and-confirmed-by = { $badge }؛ ومؤيَّد من { $names }

## A card's links to the statements it answers or that answer it: the
## words before the links ("Disputes Rex Tillerson: “…”").

relation-disputes = اعتراض على
relation-confirms = تأييد لكلام
relation-disputed-by = معترَض عليه من
relation-confirmed-by = مؤيَّد من

## A card

# A button (read aloud only) that opens a card shown as one line.
card-whole-statement = التصريح كاملًا
# The name of a card's list of topics, read aloud.
card-topics = الموضوعات
# A card's button: shows the statement in the article's text.
card-in-the-article = في المقال
# A card's link to its own address.
card-link-to-statement = رابط هذا التصريح
# A link to another statement: $speaker (in bold) and $text, its words.
card-statement-link = { $speaker }: { $text }
# A speaker's own words in quotation marks; $text may begin or end with
# "…" where it is part of a sentence.
quoted = «{ $text }»

## The tool's name and the page's title

# The tool's name, as the page's title, the kicker above the headline and
# the embed's title give it. A newsroom may give its own (messages.ftl).
app-name = مستكشف التصريحات
# The page's title: the article's headline, then the tool's name.
page-title = { $headline } · { app-name }
