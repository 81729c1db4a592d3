"""The public views of vraag en aanbod, served through the pages' routes (RoutablePageMixin)."""

import math

from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from wagtail.models import WorkflowState

from aanbod import conf
from aanbod.marketplace import lifecycle, ratelimit, subscriptions
from aanbod.marketplace.forms import (
    EditForm,
    ReplyForm,
    ReportForm,
    SubmissionForm,
    SubscriptionForm,
)
from aanbod.models import AbuseReport, ItemStatus, Submitter
from home.clients import client_address
from home.links import absolute_url
from outbox.mail import queue_mail


def _gemeente(page):
    return page.get_parent()


def too_many(request, page, limit: str, form=None) -> TemplateResponse:
    """The friendly 429 page; it shows what the resident typed so nothing is lost."""
    typed = []
    if form is not None:
        for name in ("title", "description", "when", "message"):
            value = form.data.get(form.add_prefix(name), "")
            if value:
                typed.append((form.fields[name].label, value[:2000]))
    seconds = ratelimit.retry_after(limit)
    response = TemplateResponse(
        request,
        "aanbod/rate_limited.html",
        {"page": page, "typed": typed, "minutes": max(1, math.ceil(seconds / 60))},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


@csrf_protect
def marketplace_index(request, marketplace):
    """The marketplace page; a POST posts a new request or offer."""
    gemeente = _gemeente(marketplace)
    form = SubmissionForm(request.POST or None, gemeente=gemeente, prefix="post")
    status = 200
    if request.method == "POST":
        if not ratelimit.hit_client("ip", request):
            return too_many(request, marketplace, "ip", form)
        if form.is_bot():
            return HttpResponseRedirect(
                marketplace.get_url(request) + marketplace.reverse_subpage("sent_route")
            )
        if form.is_valid():
            if not ratelimit.hit("email", form.cleaned_data["email"]):
                return too_many(request, marketplace, "email", form)
            lifecycle.create_submission(marketplace, form.cleaned_data, request)
            return HttpResponseRedirect(
                marketplace.get_url(request) + marketplace.reverse_subpage("sent_route")
            )
        status = 400
    response = marketplace.render(
        request,
        context_overrides={
            "form": form,
            "subscription_form": SubscriptionForm(gemeente=gemeente, prefix="sub"),
        },
    )
    return _with_status(response, status)


def _with_status(response, status: int):
    response.status_code = status
    return response


def marketplace_sent(request, marketplace):
    """The confirmation page after posting (the same whether or not mail could be sent)."""
    return TemplateResponse(request, "aanbod/submission_sent.html", {"page": marketplace})


def _invalid_link(request, page):
    return TemplateResponse(request, "aanbod/link_invalid.html", {"page": page}, status=404)


def _item_state(submitter) -> str:
    item = submitter.page.specific
    if not submitter.confirmed_at:
        return "unconfirmed"
    if item.status != ItemStatus.OPEN:
        return "closed"
    state = WorkflowState.objects.active().for_instance(item).first()
    if state is not None:
        return "needs_changes" if state.status == state.STATUS_NEEDS_CHANGES else "moderation"
    if item.live:
        return "live"
    return "offline"


MANAGE_MESSAGES = {
    "confirmed": _("Bedankt, je bericht is bevestigd. Een moderator van de gemeente bekijkt het."),
    "already": _("Dit bericht was al bevestigd. Je hoeft niets meer te doen."),
    "edited": _("Je wijzigingen zijn opgeslagen en gaan naar de moderator."),
    "extended": _("Je bericht blijft langer online."),
    "closed": _("Fijn dat je geholpen bent! Je bericht staat niet meer online."),
}


@csrf_protect
def manage_item(request, marketplace, token):
    """The secret link: confirm, then edit, extend, close as "geholpen" or delete."""
    submitter = Submitter.for_token(token)
    if submitter is None or submitter.page.get_parent().pk != marketplace.pk:
        return _invalid_link(request, marketplace)
    item = submitter.page.specific.get_latest_revision_as_object()
    here = marketplace.get_url(request) + marketplace.reverse_subpage("manage_route", args=[token])
    edit_form = EditForm(
        request.POST if request.POST.get("action") == "edit" else None,
        gemeente=_gemeente(marketplace),
        prefix="edit",
        initial={
            "category": item.category_id,
            "wijk": item.wijk_id,
            "title": item.title,
            "description": item.description,
            "when": item.when,
        },
    )
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        state = _item_state(submitter)
        done = None
        if action == "confirm":
            done = "confirmed" if lifecycle.confirm(submitter) else "already"
        elif action == "edit" and state not in {"unconfirmed", "closed"}:
            if edit_form.is_valid():
                lifecycle.edit(submitter, edit_form.cleaned_data)
                done = "edited"
            else:
                status = 400
        elif action == "extend" and state == "live":
            lifecycle.extend(submitter)
            done = "extended"
        elif action == "close" and state in {"live", "moderation", "needs_changes", "offline"}:
            lifecycle.close(submitter)
            done = "closed"
        elif action == "delete":
            lifecycle.delete_now(submitter)
            return TemplateResponse(request, "aanbod/item_deleted.html", {"page": marketplace})
        else:
            status = 400
        if done:
            return HttpResponseRedirect(f"{here}?klaar={done}")
    message = MANAGE_MESSAGES.get(request.GET.get("klaar", ""))
    submitter.refresh_from_db()
    return TemplateResponse(
        request,
        "aanbod/manage_item.html",
        {
            "page": marketplace,
            "item": item,
            "state": _item_state(submitter),
            "message": message,
            "edit_form": edit_form,
            "invalid_action": status == 400 and request.POST.get("action") != "edit",
            "lifetime_weeks": conf.item_lifetime().days // 7,
        },
        status=status,
    )


def item_index(request, item, **context):
    """A request or offer, with the reply and report forms."""
    context.setdefault("reply_form", ReplyForm(prefix="reply"))
    context.setdefault("report_form", ReportForm(prefix="report"))
    return item.render(request, context_overrides=context)


@csrf_protect
def item_reply(request, item):
    """Relay a message to the poster; the responder's address becomes the reply-to."""
    if request.method != "POST":
        return HttpResponseRedirect(item.get_url(request))
    form = ReplyForm(request.POST, prefix="reply")
    if not ratelimit.hit_client("reply", request):
        return too_many(request, item, "reply", form)
    if form.is_bot():
        return item_index(request, item, reply_sent=True)
    if not form.is_valid():
        return _with_status(item_index(request, item, reply_form=form), 400)
    submitter = Submitter.objects.filter(page=item).first()
    if submitter is not None:
        queue_mail(
            submitter.email,
            "reply",
            {
                "first_name": submitter.name,
                "item": item,
                "item_url": absolute_url(item.get_url(request), request),
                "responder": form.cleaned_data["name"],
                "message": form.cleaned_data["message"],
            },
            submitter.language,
            reply_to=form.cleaned_data["email"],
        )
    return item_index(request, item, reply_sent=True)


@csrf_protect
def item_report(request, item):
    """Record a "meld misbruik"; enough reports hide the item until a moderator reviews it."""
    if request.method != "POST":
        return HttpResponseRedirect(item.get_url(request))
    form = ReportForm(request.POST, prefix="report")
    if not ratelimit.hit_client("report", request):
        return too_many(request, item, "report", form)
    if form.is_valid() and not form.is_bot():
        reporter = ratelimit.fingerprint(f"report:{client_address(request)}")
        try:
            with transaction.atomic():
                AbuseReport.objects.create(
                    page=item, reporter_hash=reporter, reason=form.cleaned_data["reason"]
                )
        except IntegrityError:
            pass  # one report per reporter counts
        if AbuseReport.objects.filter(page=item).count() >= conf.abuse_threshold():
            lifecycle.hide_after_reports(item)
    return TemplateResponse(request, "aanbod/report_received.html", {"page": item})


@csrf_protect
def subscribe(request, marketplace):
    """Subscribe to new requests or offers (double opt-in)."""
    if request.method != "POST":
        return HttpResponseRedirect(marketplace.get_url(request))
    gemeente = _gemeente(marketplace)
    form = SubscriptionForm(request.POST, gemeente=gemeente, prefix="sub")
    if not ratelimit.hit_client("subscribe", request):
        return too_many(request, marketplace, "subscribe", form)
    if form.is_bot():
        return TemplateResponse(request, "aanbod/subscription_sent.html", {"page": marketplace})
    if not form.is_valid():
        response = marketplace.render(
            request,
            context_overrides={
                "form": SubmissionForm(gemeente=gemeente, prefix="post"),
                "subscription_form": form,
            },
        )
        return _with_status(response, 400)
    subscriptions.create(marketplace, form.cleaned_data, request)
    return TemplateResponse(request, "aanbod/subscription_sent.html", {"page": marketplace})


@csrf_protect
def confirm_subscription(request, marketplace, token):
    """The subscription's secret confirmation link (GET asks, POST confirms)."""
    subscription = subscriptions.for_token(token)
    if subscription is None:
        return _invalid_link(request, marketplace)
    confirmed = False
    if request.method == "POST":
        subscriptions.confirm(subscription)
        confirmed = True
    return TemplateResponse(
        request,
        "aanbod/subscription_confirm.html",
        {"page": marketplace, "subscription": subscription, "confirmed": confirmed},
    )


ONE_CLICK = "One-Click"


def _csrf_failure(request):
    """Django's CSRF check for a form POST on a view that is exempt for one-click POSTs."""
    from django.middleware.csrf import CsrfViewMiddleware

    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})


@csrf_exempt
@never_cache
def unsubscribe(request, token):
    """Unsubscribe: GET shows a button (no change); its POST or an RFC 8058 one-click POST acts.

    The one-click POST (body ``List-Unsubscribe=One-Click``, sent by mail clients without a
    CSRF token) is authenticated by the signed token in the URL; the button's form POST carries
    a CSRF token like every other form.
    """
    if subscriptions.unsubscribe_target(token) is None:
        return TemplateResponse(request, "aanbod/link_invalid.html", {}, status=404)
    if request.method != "POST":
        return TemplateResponse(request, "aanbod/unsubscribe_confirm.html", {})
    if request.POST.get("List-Unsubscribe") != ONE_CLICK:
        failure = _csrf_failure(request)
        if failure is not None:
            return failure
    subscriptions.unsubscribe(token)
    return TemplateResponse(request, "aanbod/unsubscribed.html", {})
