/*! Wijkportaal widget v1: a wijk's upcoming activities on your own site. No cookies, no tracking.
 *
 * <div data-wijkportaal-wijk="ID" data-count="5" data-lang="nl"><a href="…">fallback link</a></div>
 * <script src="https://PORTAL/widget/wijk.js" async></script>
 *
 * or, placed where the list should appear: <script src="…/widget/wijk.js" data-wijk="ID" async>.
 * The list is drawn in a Shadow DOM: it inherits the page's font and text colour, the page's CSS
 * does not change its layout and its CSS does not leak out. Theme it with the custom properties
 * --wijkportaal-link-color, --wijkportaal-accent, --wijkportaal-border-color,
 * --wijkportaal-heading-size, --wijkportaal-heading-font, --wijkportaal-focus-color, or with
 * ::part(widget|heading|list|item|link|when|place|empty|more|message).
 */
(function () {
    "use strict";

    var script = document.currentScript;
    if (!script || !script.src) {
        return;
    }
    var portal = new URL(script.src, document.baseURI).origin;
    var TEXTS = {
        nl: {
            failed: "De activiteiten kunnen nu niet worden geladen.",
            link: "Bekijk de activiteiten op het wijkportaal"
        },
        en: {
            failed: "The activities cannot be loaded right now.",
            link: "See the activities on the neighbourhood portal"
        }
    };
    var STYLE = [
        ":host { display: block; }",
        ".widget { border-top: .25em solid var(--wijkportaal-accent, currentColor); padding-top: .5em; }",
        ".title { font-family: var(--wijkportaal-heading-font, inherit); font-size: var(--wijkportaal-heading-size, 1.25em); line-height: 1.25; margin: 0 0 .5em; }",
        "ul { list-style: none; margin: 0 0 .75em; padding: 0; }",
        "li { display: flex; flex-direction: column; padding: .375em 0; border-bottom: 1px solid var(--wijkportaal-border-color, #8c8c8c); }",
        "a { color: var(--wijkportaal-link-color, inherit); font-weight: 600; text-decoration: underline; text-underline-offset: .15em; }",
        "a:focus-visible { outline: 3px solid var(--wijkportaal-focus-color, currentColor); outline-offset: 2px; }",
        ".when { font-variant-numeric: tabular-nums; }",
        "p { margin: 0 0 .5em; }"
    ].join("\n");

    function element(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    function webUrl(value) {
        try {
            var url = new URL(value, portal);
            return url.protocol === "https:" || url.protocol === "http:" ? url.href : portal + "/";
        } catch (error) {
            return portal + "/";
        }
    }

    var sheet = null;

    // A constructed stylesheet where the browser has them: a page's Content-Security-Policy
    // does not stop it (a <style> element would need the host's 'unsafe-inline' or a hash).
    function addStyle(root) {
        if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
            try {
                if (!sheet) {
                    sheet = new CSSStyleSheet();
                    sheet.replaceSync(STYLE);
                }
                root.adoptedStyleSheets = [sheet];
                return;
            } catch (error) {
                sheet = null;
            }
        }
        root.appendChild(element("style", {}, STYLE));
    }

    function freshRoot(root) {
        while (root.firstChild) {
            root.removeChild(root.firstChild);
        }
        addStyle(root);
        return root;
    }

    function itemNode(item) {
        var li = element("li", { part: "item" });
        li.appendChild(element("a", { href: webUrl(item.url), part: "link" }, item.title));
        var when = element("span", { "class": "when", part: "when" });
        when.appendChild(element("time", { datetime: item.start }, item.date + ", " + item.start_time));
        when.appendChild(document.createTextNode("–"));
        when.appendChild(element("time", { datetime: item.end }, item.end_time));
        li.appendChild(when);
        if (item.location) {
            li.appendChild(element("span", { "class": "place", part: "place" }, item.location));
        }
        return li;
    }

    function render(root, data) {
        var section = element("section", {
            "class": "widget",
            lang: data.lang,
            part: "widget",
            "aria-labelledby": "wijkportaal-title"
        });
        var level = Math.min(6, Math.max(2, parseInt(data.heading_level, 10) || 2));
        section.appendChild(element("h" + level, { id: "wijkportaal-title", "class": "title", part: "heading" }, data.heading));
        if (data.items.length) {
            var list = element("ul", { part: "list" });
            data.items.forEach(function (item) {
                list.appendChild(itemNode(item));
            });
            section.appendChild(list);
        } else {
            section.appendChild(element("p", { part: "empty" }, data.empty));
        }
        var more = element("p", { part: "more" });
        more.appendChild(element("a", { href: webUrl(data.more.url), part: "link" }, data.more.label));
        section.appendChild(more);
        freshRoot(root).appendChild(section);
    }

    function fail(root, host, lang, detail) {
        var texts = TEXTS[lang];
        var box = element("div", { "class": "widget", lang: lang, part: "widget" });
        box.appendChild(element("p", { part: "message" }, detail || texts.failed));
        if (host.querySelector("a[href]")) {
            box.appendChild(element("slot"));
        } else {
            var link = element("p", { part: "more" });
            link.appendChild(element("a", { href: portal + "/", part: "link" }, texts.link));
            box.appendChild(link);
        }
        freshRoot(root).appendChild(box);
    }

    function dataUrl(host) {
        var params = new URLSearchParams();
        ["count", "lang", "heading"].forEach(function (name) {
            var value = host.getAttribute("data-" + name);
            if (value !== null) {
                params.set(name, value);
            }
        });
        var wijk = encodeURIComponent(host.getAttribute("data-wijkportaal-wijk").trim());
        var query = params.toString();
        return portal + "/widget/wijk/" + wijk + ".json" + (query ? "?" + query : "");
    }

    function mount(host) {
        if (host.hasAttribute("data-wijkportaal-state")) {
            return;
        }
        host.setAttribute("data-wijkportaal-state", "loading");
        var lang = host.getAttribute("data-lang") === "en" ? "en" : "nl";
        var root = host.attachShadow({ mode: "open" });
        root.appendChild(element("slot"));
        host.setAttribute("aria-busy", "true");
        fetch(dataUrl(host), { credentials: "omit", mode: "cors", referrerPolicy: "no-referrer" })
            .then(function (response) {
                return response.json().then(function (data) {
                    if (!response.ok) {
                        throw new Error(data.detail || "");
                    }
                    return data;
                });
            })
            .then(function (data) {
                render(root, data);
                host.setAttribute("data-wijkportaal-state", "ready");
            })
            .catch(function (error) {
                var detail = error instanceof SyntaxError || error instanceof TypeError ? "" : error.message;
                fail(root, host, lang, detail);
                host.setAttribute("data-wijkportaal-state", "failed");
            })
            .then(function () {
                host.removeAttribute("aria-busy");
            });
    }

    function placeAfterScript() {
        var wijk = script.getAttribute("data-wijk");
        if (!wijk || !script.parentNode) {
            return;
        }
        var host = element("div", { "data-wijkportaal-wijk": wijk });
        ["count", "lang", "heading"].forEach(function (name) {
            var value = script.getAttribute("data-" + name);
            if (value !== null) {
                host.setAttribute("data-" + name, value);
            }
        });
        script.parentNode.insertBefore(host, script.nextSibling);
    }

    function mountAll() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-wijkportaal-wijk]"), mount);
    }

    placeAfterScript();
    mountAll();
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", mountAll);
    }
})();
