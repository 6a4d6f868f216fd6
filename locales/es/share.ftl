# Quote Explorer: sharing and embedding (the share bar, the embed dialog
# and footer, the credit line), the notices about a link's address and
# the notes that explain an empty result, in es.

## The share bar

# A button: copies the address of the view the reader is on.
share-copy-link = Copiar enlace
# Shown beside the button once the address is on the clipboard.
share-link-copied = Enlace copiado
# Labels the address, shown selected when the browser refused to copy it.
share-copy-this-link = Copie este enlace:

## The embed dialog

# A button that opens the dialog with code for putting this view in
# another page (a news story).
embed-button = Insertar
embed-dialog-title = Insertar esta vista
embed-close = Cerrar
embed-explanation = Pegue este código en su artículo. El marco muestra los filtros actuales y ajusta su propia altura; puede pegar tantos como quiera.
# A heading above the live previews of the embed.
embed-preview-heading = Vista previa
# $width: the preview's width in CSS pixels (320, 640). A caption.
embed-preview-width = { $width } px de ancho
# $width: as in embed-preview-width. The preview frame's title, read by
# screen readers.
embed-preview-title = Vista previa de la inserción, { $width } px de ancho
# A group of two choices (embed-host-light, embed-host-dark): the colour
# of the story page the previews sit on.
embed-preview-on = Vista previa sobre
embed-host-light = una página clara
embed-host-dark = una página oscura
# The label above each box of code to copy.
embed-code-iframe = Marco (iframe) con código que ajusta su altura
embed-code-sandboxed = Marco aislado (para páginas que exigen el atributo sandbox)
embed-code-pym = Para páginas que usan pym.js
# A button under each box of code.
embed-copy-code = Copiar código
# Beside that button once the code is on the clipboard.
embed-code-copied = Copiado
# When the browser refused to copy: the code is selected instead.
embed-code-selected = Seleccionado: pulse Ctrl+C (⌘C) para copiar
# The embed's look: the theme, with three choices.
embed-theme = Apariencia
embed-theme-light = Claro
embed-theme-dark = Oscuro
# The third theme: light or dark as the reader's device is set.
embed-theme-auto = Según la configuración del lector
# A checkbox: the embed shows the story page behind it.
embed-transparent = Fondo transparente
# How many statement cards the embed shows before a "Show all" button:
# numbers (3, 5, 10) or this.
embed-cards-first = Tarjetas visibles al principio
embed-cards-all = Todas
# A checkbox: the embed shows the filters (speakers, topics, stances).
embed-show-filters = Mostrar el panel de filtros
# $headline: the story's headline. The embedded frame's title, read by
# screen readers on the page the code is pasted into.
embed-frame-title = { app-name }: { $headline }

## How readable the embed's look is (contrast of its text)

# $ratio: the lowest contrast of the embed's text (such as 5.8, read as
# "5.8 to 1"). The embed brings its own background colour.
embed-contrast-own-background = ✓ Fondo propio: legible en cualquier página (contraste del texto de { $ratio }:1 o más).
# $page: "light" or "dark", the colour of the story page. $ratio: as above.
embed-contrast-fine = ✓ Sobre { $page ->
    [light] una página clara
   *[dark] una página oscura
}: legible (contraste del texto de { $ratio }:1 o más).
# A warning: with a transparent background, the embed's text is hard to
# read on this page. $text: "dark" or "light", the colour of its text.
# $page: "light" or "dark", the page's. $ratio: the contrast found;
# $minimum: the least that is readable (4.5). The themes are the choices
# embed-theme-light and embed-theme-dark.
embed-contrast-warning = { $text ->
    [dark] Texto oscuro
   *[light] Texto claro
} sobre { $page ->
    [light] una página clara
   *[dark] una página oscura
} ({ $ratio }:1, por debajo de { $minimum }:1): elija { $page ->
    [light] el tema Claro
   *[dark] el tema Oscuro
} o un fondo opaco.
# The same warning for the theme that follows the reader's device: those
# readers whose device is set to $mode ("light" or "dark") get $text.
embed-contrast-warning-auto = Quienes tienen el dispositivo en modo { $mode ->
    [light] claro
   *[dark] oscuro
} ven { $text ->
    [dark] texto oscuro
   *[light] texto claro
} sobre { $page ->
    [light] una página clara
   *[dark] una página oscura
} ({ $ratio }:1, por debajo de { $minimum }:1): elija { $page ->
    [light] el tema Claro
   *[dark] el tema Oscuro
} o un fondo opaco, salvo que su página también cambie según la configuración del lector.

## The embed's footer

# The link out of an embed to the whole page, opening in a new tab: the
# arrow points out of the page, up and toward the end of the line.
embed-full-explorer = Abrir el explorador completo ↗

## The credit line

# $byline: the article's author or authors, as the data gives them.
# Under the headline, with the publisher and the date.
credit-by = Por { $byline }
# A link to the article the statements come from, opening in a new tab:
# the arrow points out of the page, up and toward the end of the line.
credit-original-article = Artículo original ↗
# $headline: the article's headline, in quotation marks (a link in the
# credit).
credit-headline = «{ $headline }»
# The credit in the page's footer. $headline: credit-headline. The other
# parts are there only when the data gives them: $publisher (a newspaper's
# name), $byline (the authors), $published (a date in words, "2 April
# 2017"). $parts names which of the three there are.
credit-footer = { $parts ->
    [publisher-byline-published] Declaraciones tomadas de { $headline }, { $publisher }, por { $byline }, publicado el { $published }.
    [publisher-byline] Declaraciones tomadas de { $headline }, { $publisher }, por { $byline }.
    [publisher-published] Declaraciones tomadas de { $headline }, { $publisher }, publicado el { $published }.
    [publisher] Declaraciones tomadas de { $headline }, { $publisher }.
    [byline-published] Declaraciones tomadas de { $headline }, por { $byline }, publicado el { $published }.
    [byline] Declaraciones tomadas de { $headline }, por { $byline }.
    [published] Declaraciones tomadas de { $headline }, publicado el { $published }.
   *[none] Declaraciones tomadas de { $headline }.
}

## What the app ignored in a link's address

# $items: what was ignored (ignored-value, ignored-statement, …), joined
# with list-comma.
ignored-notice = Se ha ignorado parte de este enlace: { $items }.
# $items: the first few ignored items, joined; $count: how many more.
ignored-and-more = { $items } y { $count ->
    [one] { $count } más
   *[other] { $count } más
}
# The button that hides the notice (read by screen readers; it shows ×).
ignored-dismiss = Cerrar este aviso
# $key: the address's parameter, as written there: speaker, topic,
# stance, theme, background, sort, view, embed, embedId, cards, controls,
# density. A language may name each in its own words ({ $key -> [speaker]
# … *[other] { $key } }). $value: its value, which names nothing in the
# story.
ignored-value = { $key ->
    [speaker] persona
    [topic] tema
    [stance] postura
    [theme] apariencia
    [background] fondo
    [sort] orden
    [view] vista
    [embed] inserción
    [embedId] identificador de inserción
    [cards] tarjetas
    [controls] controles
    [density] densidad
   *[other] { $key }
} «{ $value }»
# $count: the longest search the app takes, in characters.
ignored-long-search = el final de una búsqueda de más de { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}
# $id: what the link named as a statement to show, which does not exist.
ignored-statement = el enlace a la declaración «{ $id }»
# The link's filters, ignored because they hid the statement it links to.
ignored-filters-hiding-target = sus filtros, que ocultaban la declaración enlazada
# $words: what the reader searched for, in quotation marks. Part of the
# page's title and of the text shared with a link, after the filters.
view-search-words = «{ $words }»

## Notes on a search of several words

# A word the reader searched for, quoted back as typed.
search-word = «{ $word }»
# $count statements contain $word (a search-word). Joined with
# list-comma in words-none-has-all.
words-count-has = { $count ->
    [one] { $count } contiene { $word }
   *[other] { $count } contienen { $word }
}
# No statement shown has every word of the search. $words: how many words
# (2 or more). $each: how many have each word (words-count-has, joined).
words-none-has-all = { $words ->
    [2] Ninguna declaración contiene las dos palabras; { $each }.
   *[other] Ninguna declaración contiene las { $words } palabras; { $each }.
}
# $all statements have every word; $rest more have some of them.
# $words: how many words the search has (2 or more).
words-some-have-all = { $all ->
    [one] { $all } declaración contiene
   *[other] { $all } declaraciones contienen
} { $words ->
    [2] las dos palabras
   *[other] las { $words } palabras
}; { $rest ->
    [one] { $rest } más contiene
   *[other] { $rest } más contienen
} { $words ->
    [2] una de ellas
   *[other] algunas
}.

## Why a result is empty: the choices that emptied it

# Nothing at all to show.
emptied-nothing = El artículo no tiene declaraciones.
# What a statement of a stance is, as the end of a sentence: "No statement
# by Sergey Lavrov is agreed." $stance: agreed (others agreed with it),
# disputed (it disputes or is disputed), unchallenged (the article reports
# no response to it).
emptied-stance = { $stance ->
    [agreed] cuenta con respaldo
    [disputed] forma parte de una disputa
   *[unchallenged] queda sin respuesta según el artículo
}
# The same inside emptied-has-words, after "that": "No statement that is
# in a dispute has ‘nuclear’."
emptied-stance-clause = { $stance ->
    [agreed] cuente con respaldo
    [disputed] forme parte de una disputa
   *[unchallenged] quede sin respuesta según el artículo
}
# The speakers chosen emptied the result. $speakers: their names, joined
# with list-or.
emptied-by-speaker = Ninguna declaración es de { $speakers }.
# The topics chosen emptied the result ($topics, joined with list-or),
# with the speakers chosen ($speakers) when $with is "speaker".
emptied-about-topic = { $with ->
    [speaker] Ninguna declaración de { $speakers } trata sobre { $topics }.
   *[none] Ninguna declaración trata sobre { $topics }.
}
# The stances chosen emptied the result. $stances: emptied-stance phrases,
# joined with list-or; $with: which other choices the sentence names.
emptied-in-stance = { $with ->
    [speaker] Ninguna declaración de { $speakers } { $stances }.
    [topic] Ninguna declaración sobre { $topics } { $stances }.
    [speaker-topic] Ninguna declaración de { $speakers } sobre { $topics } { $stances }.
   *[none] Ninguna declaración { $stances }.
}
# The search words emptied the result. $words: the words (search-word),
# joined with list-or; $stances: emptied-stance-clause phrases, joined
# with list-or;
# $with: which other choices the sentence names.
emptied-has-words = { $with ->
    [speaker] Ninguna declaración de { $speakers } contiene { $words }.
    [topic] Ninguna declaración sobre { $topics } contiene { $words }.
    [stance] Ninguna declaración que { $stances } contiene { $words }.
    [speaker-topic] Ninguna declaración de { $speakers } sobre { $topics } contiene { $words }.
    [speaker-stance] Ninguna declaración de { $speakers } que { $stances } contiene { $words }.
    [topic-stance] Ninguna declaración sobre { $topics } que { $stances } contiene { $words }.
    [speaker-topic-stance] Ninguna declaración de { $speakers } sobre { $topics } que { $stances } contiene { $words }.
   *[none] Ninguna declaración contiene { $words }.
}
