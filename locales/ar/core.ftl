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
