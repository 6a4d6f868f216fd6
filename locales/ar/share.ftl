# Quote Explorer: sharing and embedding (the share bar, the embed dialog
# and footer, the credit line), the notices about a link's address and
# the notes that explain an empty result, in ar.

## The share bar

# A button: copies the address of the view the reader is on.
share-copy-link = نسخ الرابط
# Shown beside the button once the address is on the clipboard.
share-link-copied = نُسخ الرابط
# Labels the address, shown selected when the browser refused to copy it.
share-copy-this-link = انسخ هذا الرابط:

## The embed dialog

# A button that opens the dialog with code for putting this view in
# another page (a news story).
embed-button = تضمين
embed-dialog-title = تضمين هذا العرض
embed-close = إغلاق
embed-explanation = الصق هذه الشيفرة في موضوعك الصحفي. يعرض الإطار عوامل التصفية الحالية ويضبط ارتفاعه بنفسه، ويمكنك لصق ما تشاء منها.
# A heading above the live previews of the embed.
embed-preview-heading = معاينة
# $width: the preview's width in CSS pixels (320, 640). A caption.
embed-preview-width = بعرض { $width } بكسل
# $width: as in embed-preview-width. The preview frame's title, read by
# screen readers.
embed-preview-title = معاينة المحتوى المضمَّن بعرض { $width } بكسل
# A group of two choices (embed-host-light, embed-host-dark): the colour
# of the story page the previews sit on.
embed-preview-on = المعاينة على
embed-host-light = صفحة فاتحة
embed-host-dark = صفحة داكنة
# The label above each box of code to copy.
embed-code-iframe = إطار مضمَّن مع نص برمجي يضبط ارتفاعه
embed-code-sandboxed = إطار مضمَّن معزول (للصفحات التي تشترط العزل)
embed-code-pym = للصفحات التي تستخدم pym.js
# A button under each box of code.
embed-copy-code = نسخ الشيفرة
# Beside that button once the code is on the clipboard.
embed-code-copied = نُسخت
# When the browser refused to copy: the code is selected instead.
embed-code-selected = حُدِّدت: اضغط Ctrl+C (⌘C) للنسخ
# The embed's look: the theme, with three choices.
embed-theme = السمة
embed-theme-light = فاتحة
embed-theme-dark = داكنة
# The third theme: light or dark as the reader's device is set.
embed-theme-auto = حسب إعداد القارئ
# A checkbox: the embed shows the story page behind it.
embed-transparent = خلفية شفافة
# How many statement cards the embed shows before a "Show all" button:
# numbers (3, 5, 10) or this.
embed-cards-first = البطاقات المعروضة أولًا
embed-cards-all = الكل
# A checkbox: the embed shows the filters (speakers, topics, stances).
embed-show-filters = إظهار لوحة التصفية
# $headline: the story's headline. The embedded frame's title, read by
# screen readers on the page the code is pasted into.
embed-frame-title = { app-name }: { $headline }

## How readable the embed's look is (contrast of its text)

# $ratio: the lowest contrast of the embed's text (such as 5.8, read as
# "5.8 to 1"). The embed brings its own background colour.
embed-contrast-own-background = ✓ بخلفيته الخاصة: مقروء على أي صفحة (تباين النص { $ratio }:1 أو أكثر).
# $page: "light" or "dark", the colour of the story page. $ratio: as above.
embed-contrast-fine = ✓ على { $page ->
    [light] صفحة فاتحة
   *[dark] صفحة داكنة
}: مقروء (تباين النص { $ratio }:1 أو أكثر).
# A warning: with a transparent background, the embed's text is hard to
# read on this page. $text: "dark" or "light", the colour of its text.
# $page: "light" or "dark", the page's. $ratio: the contrast found;
# $minimum: the least that is readable (4.5). The themes are the choices
# embed-theme-light and embed-theme-dark.
embed-contrast-warning = { $text ->
    [dark] نص داكن
   *[light] نص فاتح
} على { $page ->
    [light] صفحة فاتحة
   *[dark] صفحة داكنة
} ({ $ratio }:1، أي أقل من { $minimum }:1): اختر { $page ->
    [light] السمة الفاتحة
   *[dark] السمة الداكنة
} أو خلفية مصمتة.
# The same warning for the theme that follows the reader's device: those
# readers whose device is set to $mode ("light" or "dark") get $text.
embed-contrast-warning-auto = القراء الذين ضُبطت أجهزتهم على الوضع { $mode ->
    [light] الفاتح
   *[dark] الداكن
} يرون { $text ->
    [dark] نصًّا داكنًا
   *[light] نصًّا فاتحًا
} على { $page ->
    [light] صفحة فاتحة
   *[dark] صفحة داكنة
} ({ $ratio }:1، أي أقل من { $minimum }:1): اختر { $page ->
    [light] السمة الفاتحة
   *[dark] السمة الداكنة
} أو خلفية مصمتة، ما لم تكن صفحتك تتبدّل هي أيضًا وفق إعداد القارئ.

## The embed's footer

# The link out of an embed to the whole page, opening in a new tab: the
# arrow points out of the page, up and toward the end of the line.
embed-full-explorer = فتح المستكشف كاملًا ↖

## The credit line

# $byline: the article's author or authors, as the data gives them.
# Under the headline, with the publisher and the date.
credit-by = بقلم { $byline }
# A link to the article the statements come from, opening in a new tab:
# the arrow points out of the page, up and toward the end of the line.
credit-original-article = المقال الأصلي ↖
# $headline: the article's headline, in quotation marks (a link in the
# credit).
credit-headline = «{ $headline }»
# The credit in the page's footer. $headline: credit-headline. The other
# parts are there only when the data gives them: $publisher (a newspaper's
# name), $byline (the authors), $published (a date in words, "2 April
# 2017"). $parts names which of the three there are.
credit-footer = { $parts ->
    [publisher-byline-published] تصريحات من { $headline }، { $publisher }، بقلم { $byline }، نُشر في { $published }.
    [publisher-byline] تصريحات من { $headline }، { $publisher }، بقلم { $byline }.
    [publisher-published] تصريحات من { $headline }، { $publisher }، نُشر في { $published }.
    [publisher] تصريحات من { $headline }، { $publisher }.
    [byline-published] تصريحات من { $headline }، بقلم { $byline }، نُشر في { $published }.
    [byline] تصريحات من { $headline }، بقلم { $byline }.
    [published] تصريحات من { $headline }، نُشر في { $published }.
   *[none] تصريحات من { $headline }.
}

## What the app ignored in a link's address

# $items: what was ignored (ignored-value, ignored-statement, …), joined
# with list-comma.
ignored-notice = جرى تجاهل جزء من هذا الرابط: { $items }.
# $items: the first few ignored items, joined; $count: how many more.
ignored-and-more = { $items }، و{ $count ->
    [zero] { $count } عنصر آخر
    [one] عنصر آخر
    [two] عنصران آخران
    [few] { $count } عناصر أخرى
    [many] { $count } عنصرًا آخر
   *[other] { $count } عنصر آخر
}
# The button that hides the notice (read by screen readers; it shows ×).
ignored-dismiss = إغلاق هذا التنبيه
# $key: the address's parameter, as written there: speaker, topic,
# stance, theme, background, sort, view, embed, embedId, cards, controls,
# density. A language may name each in its own words ({ $key -> [speaker]
# … *[other] { $key } }). $value: its value, which names nothing in the
# story.
ignored-value = { $key ->
    [speaker] المتحدث
    [topic] الموضوع
    [stance] الموقف
    [theme] السمة
    [background] الخلفية
    [sort] الترتيب
    [view] العرض
    [embed] التضمين
    [embedId] معرّف التضمين
    [cards] البطاقات
    [controls] أدوات التحكم
    [density] الكثافة
   *[other] { $key }
} «{ $value }»
# $count: the longest search the app takes, in characters.
ignored-long-search = نهاية بحث يتجاوز { $count ->
    [zero] { $count } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}
# $id: what the link named as a statement to show, which does not exist.
ignored-statement = رابط إلى التصريح «{ $id }»
# The link's filters, ignored because they hid the statement it links to.
ignored-filters-hiding-target = عوامل التصفية فيه، لأنها كانت تخفي التصريح المرتبط
# $words: what the reader searched for, in quotation marks. Part of the
# page's title and of the text shared with a link, after the filters.
view-search-words = «{ $words }»

## Notes on a search of several words

# A word the reader searched for, quoted back as typed.
search-word = «{ $word }»
# $count statements contain $word (a search-word). Joined with
# list-comma in words-none-has-all.
words-count-has = { $count ->
    [zero] { $count } تصريح يحتوي على { $word }
    [one] تصريح واحد يحتوي على { $word }
    [two] تصريحان يحتويان على { $word }
    [few] { $count } تصريحات تحتوي على { $word }
    [many] { $count } تصريحًا يحتوي على { $word }
   *[other] { $count } تصريح يحتوي على { $word }
}
# No statement shown has every word of the search. $words: how many words
# (2 or more). $each: how many have each word (words-count-has, joined).
words-none-has-all = { $words ->
    [2] لا يحتوي أي تصريح على الكلمتين معًا؛ { $each }.
    [zero] لا يحتوي أي تصريح على كل الكلمات ({ $words })؛ { $each }.
    [one] لا يحتوي أي تصريح على كل الكلمات ({ $words })؛ { $each }.
    [two] لا يحتوي أي تصريح على الكلمتين معًا؛ { $each }.
    [few] لا يحتوي أي تصريح على كل الكلمات ({ $words })؛ { $each }.
    [many] لا يحتوي أي تصريح على كل الكلمات ({ $words })؛ { $each }.
   *[other] لا يحتوي أي تصريح على كل الكلمات ({ $words })؛ { $each }.
}
# $all statements have every word; $rest more have some of them.
# $words: how many words the search has (2 or more).
words-some-have-all = { $all ->
    [zero] { $all } تصريح يحتوي
    [one] تصريح واحد يحتوي
    [two] تصريحان يحتويان
    [few] { $all } تصريحات تحتوي
    [many] { $all } تصريحًا يحتوي
   *[other] { $all } تصريح يحتوي
} على { $words ->
    [2] الكلمتين معًا
    [zero] كل الكلمات ({ $words })
    [one] كل الكلمات ({ $words })
    [two] الكلمتين معًا
    [few] كل الكلمات ({ $words })
    [many] كل الكلمات ({ $words })
   *[other] كل الكلمات ({ $words })
}، و{ $rest ->
    [zero] { $rest } تصريح آخر يحتوي
    [one] تصريح آخر يحتوي
    [two] تصريحان آخران يحتويان
    [few] { $rest } تصريحات أخرى تحتوي
    [many] { $rest } تصريحًا آخر يحتوي
   *[other] { $rest } تصريح آخر يحتوي
} على { $words ->
    [2] إحداهما
    [zero] بعضها
    [one] بعضها
    [two] إحداهما
    [few] بعضها
    [many] بعضها
   *[other] بعضها
}.

## Why a result is empty: the choices that emptied it

# Nothing at all to show.
emptied-nothing = لا يتضمن المقال أي تصريحات.
# What a statement of a stance is, as the end of a sentence: "No statement
# by Sergey Lavrov is agreed." $stance: agreed (others agreed with it),
# disputed (it disputes or is disputed), unchallenged (the article reports
# no response to it).
emptied-stance = { $stance ->
    [agreed] لقي تأييدًا
    [disputed] يشكّل طرفًا في خلاف
   *[unchallenged] لم يذكر المقال ردًّا عليه
}
# The same inside emptied-has-words, after "that": "No statement that is
# in a dispute has ‘nuclear’."
emptied-stance-clause = { $stance ->
    [agreed] لقي تأييدًا
    [disputed] يشكّل طرفًا في خلاف
   *[unchallenged] لم يذكر المقال ردًّا عليه
}
# The speakers chosen emptied the result. $speakers: their names, joined
# with list-or.
emptied-by-speaker = لا يوجد تصريح صادر عن { $speakers }.
# The topics chosen emptied the result ($topics, joined with list-or),
# with the speakers chosen ($speakers) when $with is "speaker".
emptied-about-topic = { $with ->
    [speaker] لا يوجد تصريح صادر عن { $speakers } يتناول { $topics }.
   *[none] لا يوجد تصريح يتناول { $topics }.
}
# The stances chosen emptied the result. $stances: emptied-stance phrases,
# joined with list-or; $with: which other choices the sentence names.
emptied-in-stance = { $with ->
    [speaker] لا يوجد تصريح صادر عن { $speakers } { $stances }.
    [topic] لا يوجد تصريح بشأن { $topics } { $stances }.
    [speaker-topic] لا يوجد تصريح صادر عن { $speakers } بشأن { $topics } { $stances }.
   *[none] لا يوجد تصريح { $stances }.
}
# The search words emptied the result. $words: the words (search-word),
# joined with list-or; $stances: emptied-stance-clause phrases, joined
# with list-or;
# $with: which other choices the sentence names.
emptied-has-words = { $with ->
    [speaker] لا يوجد تصريح صادر عن { $speakers } يحتوي على { $words }.
    [topic] لا يوجد تصريح بشأن { $topics } يحتوي على { $words }.
    [stance] لا يوجد تصريح { $stances } ويحتوي على { $words }.
    [speaker-topic] لا يوجد تصريح صادر عن { $speakers } بشأن { $topics } يحتوي على { $words }.
    [speaker-stance] لا يوجد تصريح صادر عن { $speakers } { $stances } ويحتوي على { $words }.
    [topic-stance] لا يوجد تصريح بشأن { $topics } { $stances } ويحتوي على { $words }.
    [speaker-topic-stance] لا يوجد تصريح صادر عن { $speakers } بشأن { $topics } { $stances } ويحتوي على { $words }.
   *[none] لا يوجد تصريح يحتوي على { $words }.
}
