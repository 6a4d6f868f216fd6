# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in ar.

statements-count = { $count ->
    [zero] لا تصريحات
    [one] تصريح واحد
    [two] تصريحان
    [few] { $count } تصريحات
    [many] { $count } تصريحًا
   *[other] { $count } تصريح
}

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
legend-disputed = اعتراض على / اعترض عليه
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
badge-disputed-by = اعترض عليه { $names }
# $names: the speakers who back this statement, joined (list-two…).
badge-confirmed-by = أيّده { $names }
# A badge that says more: $badge is what it says first ("Confirms Rex
# Tillerson"), $names the speakers who contest the statement.
badge-and-disputed-by = { $badge }؛ واعترض عليه { $names }
# A badge that says more: $badge is what it says first, $names the
# speakers who back the statement.
badge-and-confirmed-by = { $badge }؛ وأيّده { $names }

## A card's links to the statements it answers or that answer it: the
## words before the links ("Disputes Rex Tillerson: “…”").

relation-disputes = اعتراض على
relation-confirms = تأييد لكلام
relation-disputed-by = اعترض عليه
relation-confirmed-by = أيّده

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

## Dates, written at build time

# A date: $day and $year as numbers, $month from 1 (January) to 12.
date-long = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
# A date with its day of the week: $weekday from 0 (Sunday) to 6
# (Saturday), $date the date (date-long).
date-with-weekday = { $weekday ->
    [0] الأحد
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
   *[6] السبت
}، { $date }
# Where and when the events happened: "Moscow, Wednesday, 12 April 2017".
place-and-date = { $place }، { $date }

## The page's title and its description for search engines and link
## previews

# The tool's name, as the page's title, the kicker above the headline and
# the embed's title give it. A newsroom may give its own (messages.ftl).
app-name = مستكشف التصريحات

# The page's title: the article's headline, then the tool's name.
page-title = { $headline } · { app-name }
# The page's description: how many statements by how many speakers, from
# which article ($headline).
page-description = { $statements ->
    [zero] لا تصريحات
    [one] تصريح واحد
    [two] تصريحان
    [few] { $statements } تصريحات
    [many] { $statements } تصريحًا
   *[other] { $statements } تصريح
} أدلى بها { $speakers ->
    [zero] { $speakers } متحدث
    [one] متحدث واحد
    [two] متحدثان
    [few] { $speakers } متحدثين
    [many] { $speakers } متحدثًا
   *[other] { $speakers } متحدث
} في «{ $headline }»: يمكن التصفية حسب المتحدث والموضوع، وحسب ما إذا كان كل تصريح مقبولًا أو معترَضًا عليه.
# As page-description, with where and when the events happened ($setting:
# "Moscow, Wednesday, 12 April 2017").
page-description-setting = { $statements ->
    [zero] لا تصريحات
    [one] تصريح واحد
    [two] تصريحان
    [few] { $statements } تصريحات
    [many] { $statements } تصريحًا
   *[other] { $statements } تصريح
} أدلى بها { $speakers ->
    [zero] { $speakers } متحدث
    [one] متحدث واحد
    [two] متحدثان
    [few] { $speakers } متحدثين
    [many] { $speakers } متحدثًا
   *[other] { $speakers } متحدث
} في «{ $headline }» ({ $setting }): يمكن التصفية حسب المتحدث والموضوع، وحسب ما إذا كان كل تصريح مقبولًا أو معترَضًا عليه.
# The share image's description when the newsroom supplies its own image.
share-image-alt = { app-name }: تصريحات من «{ $headline }»
# The search box's placeholder: $example is a topic or a speaker's name.
search-hint = مثلًا: { $example }
# The search box's placeholder: a topic and a speaker's last name.
search-hint-two = مثلًا: { $topic }، { $speaker }

## The share card: the picture a link preview shows

# How many disputes the article reports (a claim and its answers are one).
disputes-count = { $count ->
    [zero] لا خلافات
    [one] خلاف واحد
    [two] خلافان
    [few] { $count } خلافات
    [many] { $count } خلافًا
   *[other] { $count } خلاف
}
# The card's counts: $statements (statements-count) and $disputes
# (disputes-count), already written.
share-card-counts = { $statements } · { $disputes }
# The card's description, for readers who cannot see it: the headline.
share-card-alt-headline = { app-name }: «{ $headline }»
# The card's description: $statements and $disputes, already written.
share-card-alt-counts = { $statements }، { $disputes }
# The card's description: a side ($side) and its speakers ($names).
share-card-alt-side = { $side }: { $names }
# Between the parts of the card's description.
share-card-alt-separator = { "؛ " }
# Between names on the card.
share-card-names-separator = { "، " }
# The card's last line when not every side fits: how many sides are left
# and how many speakers they have.
share-card-more-sides = + { $sides ->
    [zero] لا أطراف أخرى
    [one] طرف آخر
    [two] طرفان آخران
    [few] { $sides } أطراف أخرى
    [many] { $sides } طرفًا آخر
   *[other] { $sides } طرف آخر
} مع { $speakers ->
    [zero] { $speakers } متحدث
    [one] متحدث واحد
    [two] متحدثَين
    [few] { $speakers } متحدثين
    [many] { $speakers } متحدثًا
   *[other] { $speakers } متحدث
}
# A side's names when not all fit: the names shown ($names), then how many
# are left.
share-card-more-names = { $names }، +{ $count ->
    [zero] { $count } آخرين
    [one] واحد آخر
    [two] اثنان آخران
    [few] { $count } آخرين
    [many] { $count } آخرين
   *[other] { $count } آخرين
}
# A side's one name, cut short, and how many are left.
share-card-more-after-name = { $name } +{ $count ->
    [zero] { $count } آخرين
    [one] واحد آخر
    [two] اثنان آخران
    [few] { $count } آخرين
    [many] { $count } آخرين
   *[other] { $count } آخرين
}
