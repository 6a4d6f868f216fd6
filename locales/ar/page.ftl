# Quote Explorer: the words a story's page is written with when it is
# published (its title and share meta, the share card, dates in words, the
# search field's examples), in ar. The reader's app never shows them
# itself, so they are not carried in the page's data block.

statements-count = { $count ->
    [zero] لا تصريحات
    [one] تصريح واحد
    [two] تصريحان
    [few] { $count } تصريحات
    [many] { $count } تصريحًا
   *[other] { $count } تصريح
}

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
