# Varnish in front of Wijkportaal (gunicorn). Varnish 7 (Debian's `varnish` package).
#
# - Keeps what the app lets a shared cache keep (Cache-Control s-maxage; pages are sent with
#   "public, max-age=0, s-maxage=N" until their next change); everything else passes through.
# - Strips tracking query parameters (utm_*, gclid, fbclid, ...) and sorts the rest, as the
#   app's own page cache does, so they do not split the cache.
# - Never serves or stores anything for the admin, logged-in editors (session cookie), a waiting
#   message, or a POST. Other cookies do not change a shared page and are dropped for lookups.
# - PURGE only from the app servers (acl purgers): a path purges it with every query string;
#   a path ending in "*" purges everything below it ("/*": the whole region, one host).
#
# `make varnish` (deploy/varnish.sh) fills in the backend port; in production set the backend
# and the acl to your app servers, and VARNISH_PURGE_URL on the app to this Varnish.

vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.http.X-Cache-Host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE not allowed from here"));
        }
        if (req.url ~ "\*$") {
            ban("obj.http.X-Cache-Host == " + req.http.X-Cache-Host
                + " && obj.http.X-Cache-Path ~ ^" + regsub(req.url, "\*$", ""));
        } else {
            ban("obj.http.X-Cache-Host == " + req.http.X-Cache-Host
                + " && obj.http.X-Cache-Path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }

    # Tracking parameters never change a page.
    set req.url = regsuball(req.url,
        "([?&])(utm_[a-z]+|gclid|dclid|fbclid|msclkid|mc_cid|mc_eid|_ga|_gl)=[^&]*", "\1");
    set req.url = regsuball(req.url, "([?&])&+", "\1");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)/" || req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # csrftoken, the language cookie and analytics cookies do not change a shared page; a page
    # with a form is never shared (the app marks it private and gives it a fresh token).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.X-Cache-Host = bereq.http.X-Cache-Host;
    set beresp.http.X-Cache-Path = regsub(bereq.url, "\?.*$", "");
    # Date-dependent pages expire at their next change: no serving them stale afterwards.
    set beresp.grace = 0s;
    if (bereq.url !~ "^/static/" && beresp.http.Cache-Control !~ "s-maxage") {
        # Not meant for a shared cache (APIs with their own max-age, private pages, errors).
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
    unset resp.http.X-Cache-Host;
    unset resp.http.X-Cache-Path;
}
