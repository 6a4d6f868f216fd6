# Quote Explorer: the reading interface (filters, list, article view,
# overview, search), in ar.

## The page around the statements

# The tool's name, in small capitals above the headline.
masthead-kicker = { app-name }
# A link for keyboard users, the first thing on the page: it jumps past the
# masthead and the filters to the statements.
skip-to-statements = انتقل إلى التصريحات
# A heading only screen readers hear, over the part of the page that lists
# the statements.
results-heading = التصريحات
# Shown in place of the statements while the app draws the view a shared
# link asks for.
view-pending = جارٍ تحميل هذا العرض…
# On the page when the reader's browser runs no scripts: the list below is
# complete, but the filters do not work.
notice-no-script = تتطلب التصفية JavaScript وWebAssembly. التصريحات كلها مدرجة أدناه.
# On the page when the app could not start (an old browser, a file that did
# not load).
notice-app-failed = تعذّر تشغيل المستكشف هنا (فهو يحتاج إلى وحدات JavaScript وإلى WebAssembly، وإلى تحميل ملفاته)، لذا فالتصفية متوقفة. التصريحات كلها مدرجة أدناه.
# A sentence after either notice, when the data names the original article.
# $link: a link to the article, its words from notice-original-article-link.
notice-original-article = { $link }.
# The words of the link in notice-original-article.
notice-original-article-link = اقرأ المقال الأصلي
# The browser tab's title for a filtered view. $filters: what the view
# shows ("Rex Tillerson · “chemical”"); $title: the page's title
# (page-title).
view-title = { $filters } — { $title }

## The two views and how the list looks

# Names the two links that switch between the list and the article (for
# screen readers).
view-switch-label = طريقة العرض
# The link to the list of statements, as cards.
view-tab-statements = التصريحات
# The link to the article's text with the statements highlighted in place.
view-tab-article = في المقال
# Names the links that choose how the list shows each statement (for
# screen readers).
density-switch-label = طريقة عرض التصريحات في القائمة
# Before the two choices: whole cards, or one line each.
density-switch-heading = القائمة:
density-full = بطاقات كاملة
density-compact = سطر لكل تصريح

## Filters

# The filter panel's name, and its toggle button's words when no filter is
# active.
filters-heading = التصفية
# The filter panel's toggle button with filters active. $count: how many.
filters-toggle-active = { $count ->
    [zero] التصفية
    [one] التصفية (عامل واحد مفعّل)
    [two] التصفية (عاملان مفعّلان)
    [few] التصفية ({ $count } عوامل مفعّلة)
    [many] التصفية ({ $count } عاملًا مفعّلًا)
   *[other] التصفية ({ $count } عامل مفعّل)
}
# The button at the end of the open filter panel: closes it and shows the
# results. $count: how many statements the filters leave.
show-results = { $count ->
    [zero] لا تصريحات لعرضها
    [one] اعرض تصريحًا واحدًا
    [two] اعرض التصريحين
    [few] اعرض { $count } تصريحات
    [many] اعرض { $count } تصريحًا
   *[other] اعرض { $count } تصريح
}
# The search field's label.
search-label = ابحث في التصريحات
# The headings of the three groups of checkboxes.
facet-speaker = المتحدث
facet-topic = الموضوع
facet-stance = الموقف
# A checkbox's label. $label: a speaker's name, a topic or a stance;
# $count: how many statements would be shown with it ticked.
facet-option = { $label } ({ $count })
# The side's heading is a button that selects all its speakers; its words
# for screen readers. $side: the side's name ("U.S.", "Russia").
side-select-all-label = { $side }: تحديد الكل
# The same button when all the side's speakers are selected: it clears them.
side-clear-all-label = { $side }: إلغاء تحديد الكل
# Drawn beside a side's heading, saying what pressing it does.
side-select-all = تحديد الكل
side-clear-all = إلغاء الكل

## Active filters

# Names the list of active filters (for screen readers).
active-filters-label = عوامل التصفية المفعّلة
# The button that removes one active filter (for screen readers). $facet:
# the filter's group (facet-speaker, facet-topic or facet-stance); $value:
# the speaker, topic or stance.
remove-filter = إزالة عامل التصفية { $facet }: { $value }
# The button that removes the search (for screen readers). $query: the
# words the reader searched for.
remove-search = إزالة البحث: { $query }
# The active search as a removable chip: the words searched for, quoted.
search-chip = «{ $query }»
# The button that removes every active filter.
clear-all = مسح الكل
# On paper, before the active filters.
filtered-by = مصفّاة حسب:

## How many statements are shown

# The count above the list when nothing hides a statement. $total: how
# many statements the article has.
result-count-all = { $total ->
    [zero] لا تصريحات
    [one] تصريح واحد
    [two] تصريحان
    [few] { $total } تصريحات
    [many] { $total } تصريحًا
   *[other] { $total } تصريح
}
# The count above the list with filters. $shown: how many are shown;
# $total: how many the article has.
result-count-some = { $total ->
    [zero] { $shown } من أصل { $total } تصريح
    [one] { $shown } من أصل تصريح واحد
    [two] { $shown } من أصل تصريحين
    [few] { $shown } من أصل { $total } تصريحات
    [many] { $shown } من أصل { $total } تصريحًا
   *[other] { $shown } من أصل { $total } تصريح
}

## The stances shown

# Names the row of stance buttons above the cards (for screen readers).
summary-bar-label = مواقف التصريحات المعروضة (كل زر يصفّي)
# The same row in a view that cannot change (an embed without controls).
summary-bar-label-fixed = مواقف التصريحات المعروضة
# Before the row of stances.
summary-label = المعروض:
# A stance button. $stance: the stance ("Agreed"); $count: how many
# statements shown have it.
summary-pill = { $stance } · { $count }
# The dispute button: $disputes: how many disputes (a claim and the
# answer that contests it) the statements shown belong to.
summary-pill-disputes = { $disputes ->
    [zero] الخلافات · { $disputes }
    [one] الخلافات · { $disputes }
    [two] الخلافات · { $disputes }
    [few] الخلافات · { $disputes }
    [many] الخلافات · { $disputes }
   *[other] الخلافات · { $disputes }
}
# The same when the disputes are not as many as the statements in them.
# $count: how many statements.
summary-pill-disputes-statements = { $count ->
    [zero] الخلافات · { $disputes } (لا تصريحات)
    [one] الخلافات · { $disputes } (تصريح واحد)
    [two] الخلافات · { $disputes } (تصريحان)
    [few] الخلافات · { $disputes } ({ $count } تصريحات)
    [many] الخلافات · { $disputes } ({ $count } تصريحًا)
   *[other] الخلافات · { $disputes } ({ $count } تصريح)
}
# Names the list that says what each stance word means (for screen readers).
stance-legend-label = معاني كلمات المواقف
# One line of that list. $words: the stance's words, in bold; $meaning:
# what they mean.
legend-entry = { $words }: { $meaning }

## At a glance

# The heading of the overview above the cards.
overview-heading = نظرة سريعة
# Over the list of exchanges: who answers whom.
exchanges-heading = من يردّ على من
# The button that lists every exchange. $count: how many there are.
show-all-exchanges = { $count ->
    [zero] اعرض المساجلات كلها
    [one] اعرض المساجلة
    [two] اعرض المساجلتين
    [few] اعرض المساجلات الـ{ $count } كلها
    [many] اعرض المساجلات كلها ({ $count })
   *[other] اعرض المساجلات كلها ({ $count })
}
# An exchange, as a link to it. $who: who answers; $whom: whose statement
# they answer; $relation: how ("disputes" or "confirms"; keep those two
# keys as they are).
exchange-row = { $relation ->
    [confirms] تأييد { $who } لكلام { $whom }
   *[disputes] اعتراض { $who } على { $whom }
}
# Between the topics of an exchange ("Syria, Ukraine").
exchange-topics-separator = { "، " }
# The heading of the table of statements by speaker and topic.
speaker-topics-heading = التصريحات حسب المتحدث والموضوع
# The same heading when filters hide some statements.
speaker-topics-heading-filtered = التصريحات المعروضة حسب المتحدث والموضوع
# A cell of that table where the speaker said nothing on the topic (for
# screen readers).
speaker-topics-none = لا شيء

## The list

# On the page before the app starts, under its first cards. $shown: how
# many cards are there; $total: how many statements the article has.
first-cards-notice = { $total ->
    [zero] هذه أول { $shown } من التصريحات، ومجموعها { $total }؛ يعرضها المستكشف كلها حين يبدأ العمل.
    [one] هذه أول { $shown } من التصريحات، ومجموعها { $total }؛ يعرضها المستكشف كلها حين يبدأ العمل.
    [two] هذه أول { $shown } من التصريحات، ومجموعها { $total }؛ يعرضها المستكشف كلها حين يبدأ العمل.
    [few] هذه أول { $shown } من التصريحات، ومجموعها { $total }؛ يعرضها المستكشف كلها حين يبدأ العمل.
    [many] هذه أول { $shown } من التصريحات، ومجموعها { $total }؛ يعرضها المستكشف كلها حين يبدأ العمل.
   *[other] هذه أول { $shown } من التصريحات، ومجموعها { $total }؛ يعرضها المستكشف كلها حين يبدأ العمل.
}
# In an embed that shows its first cards: the button that shows the rest.
# $count: how many statements in all.
show-all-cards = { $count ->
    [zero] اعرض الكل ({ $count })
    [one] اعرض الكل ({ $count })
    [two] اعرض الكل ({ $count })
    [few] اعرض الكل ({ $count })
    [many] اعرض الكل ({ $count })
   *[other] اعرض الكل ({ $count })
}
# Under a long list. $count: how many more cards the button shows; $rest:
# how many are not shown yet.
show-more-cards = { $count ->
    [zero] اعرض المزيد (لم يُعرض بعد: { $rest })
    [one] اعرض تصريحًا آخر (لم يُعرض بعد: { $rest })
    [two] اعرض تصريحين آخرين (لم يُعرض بعد: { $rest })
    [few] اعرض { $count } تصريحات أخرى (لم يُعرض بعد: { $rest })
    [many] اعرض { $count } تصريحًا آخر (لم يُعرض بعد: { $rest })
   *[other] اعرض { $count } تصريح آخر (لم يُعرض بعد: { $rest })
}
# With a search: how the cards are ordered, then a button for the other
# order (sort-to-article).
sort-ranked = مرتبة حسب الأكثر صلة
sort-to-article = ترتيب المقال
# The same once the reader chose the article's order; the button goes back
# (sort-to-ranked).
sort-article = بترتيب المقال
sort-to-ranked = الأكثر صلة أولًا
# When no statement is shown.
no-match-title = لا تصريحات تطابق عوامل التصفية هذه.
# After a search that found nothing: the speaker or topic the reader
# probably meant. $suggestion: its name, a button that filters by it.
did-you-mean = هل تقصد { $suggestion }؟
# The button that removes every filter when none leaves a statement.
clear-all-filters = مسح كل عوامل التصفية

## The article view

# A highlighted quote's tooltip. $speaker: who said it; $stance: its
# stance ("Agreed").
highlight-title = { $speaker } · { $stance }
# Names the list of paraphrases under a paragraph (for screen readers).
paraphrases-label = تصريحات منقولة بتصرّف في هذه الفقرة
# A paraphrase under its paragraph. $speaker: who, in bold; $text: what
# the article reports.
paraphrase-ref = { $speaker }: { $text }
# Names the search's Previous and Next (for screen readers).
match-nav-label = كلمات البحث في المقال
# With a search: none of its words is in the article.
match-none = لا نتيجة في نص المقال
# With a search: the match the reader is at. $current: its number;
# $count: how many matches.
match-status = { $count ->
    [zero] النتيجة { $current } من { $count }
    [one] النتيجة { $current } من { $count }
    [two] النتيجة { $current } من { $count }
    [few] النتيجة { $current } من { $count }
    [many] النتيجة { $current } من { $count }
   *[other] النتيجة { $current } من { $count }
}
# With a search, before the reader steps to a match. $count: how many.
match-count = { $count ->
    [zero] لا نتائج في النص
    [one] نتيجة واحدة في النص
    [two] نتيجتان في النص
    [few] { $count } نتائج في النص
    [many] { $count } نتيجةً في النص
   *[other] { $count } نتيجة في النص
}
# What a screen reader hears on stepping to a match: match-status, then
# the words around it ($excerpt).
match-announcement = { $count ->
    [zero] النتيجة { $current } من { $count }: { $excerpt }
    [one] النتيجة { $current } من { $count }: { $excerpt }
    [two] النتيجة { $current } من { $count }: { $excerpt }
    [few] النتيجة { $current } من { $count }: { $excerpt }
    [many] النتيجة { $current } من { $count }: { $excerpt }
   *[other] النتيجة { $current } من { $count }: { $excerpt }
}
# The buttons that step to the previous and the next match: their words on
# screen (after an arrow), and their names for screen readers.
match-previous = السابقة
match-next = التالية
match-previous-label = النتيجة السابقة
match-next-label = النتيجة التالية
