"""Admin forms with which a regional administrator onboards a gemeente or an organisation."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from aanbod.editorial.onboarding import OnboardingError, onboard_gemeente, onboard_organisation
from aanbod.models import (
    OrganisationKind,
    ReviewMode,
)
from home.admin_screens import AdminScreenMixin
from home.date_inputs import DutchDateField
from home.models import HomePage
from wijken.models import WijkPage
from wijken.onboarding import administered_regions
from wijken.postcodes import parse_postcode_list
from wijken.rollout import RolloutPhase


class RegionField(forms.ModelChoiceField):
    """A choice among the regions the user administers."""

    def label_from_instance(self, obj):
        return obj.region_name or obj.title


class GemeenteOnboardingForm(forms.Form):
    """Onboard a gemeente: name, wijken with postcodes, phase and dates."""

    region = RegionField(queryset=HomePage.objects.none(), label=gettext_lazy("Regio"))
    name = forms.CharField(label=gettext_lazy("Naam van de gemeente"), max_length=100)
    wijken = forms.CharField(
        label=gettext_lazy("Wijken"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Eén wijk per regel: naam, dubbele punt, postcodes. "),
    )
    phase = forms.ChoiceField(label=gettext_lazy("Fase"), choices=RolloutPhase.choices)
    pilot_date = DutchDateField(label=gettext_lazy("Pilot vanaf"), required=False)
    live_date = DutchDateField(label=gettext_lazy("Live vanaf"), required=False)
    cbs_code = forms.CharField(label=gettext_lazy("CBS-code"), required=False, max_length=6)

    def __init__(self, *args, regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions

    def clean_wijken(self) -> list[tuple[str, str]]:
        """Parse 'Naam: 6131, 6132 AB' lines."""
        pairs = []
        for line in self.cleaned_data["wijken"].splitlines():
            if line.strip():
                name, _sep, codes = line.partition(":")
                if parse_postcode_list(codes)[1]:
                    raise forms.ValidationError(
                        _("Ongeldige postcode in regel '%(line)s'.") % {"line": line.strip()}
                    )
                pairs.append((name.strip(), codes))
        return pairs


class OrganisationOnboardingForm(forms.Form):
    """Onboard an organisation: name, kind, wijken served, invitees, review mode."""

    region = RegionField(queryset=HomePage.objects.none(), label=gettext_lazy("Regio"))
    name = forms.CharField(label=gettext_lazy("Naam van de organisatie"), max_length=255)
    kind = forms.ChoiceField(label=gettext_lazy("Soort"), choices=OrganisationKind.choices)
    wijken = forms.ModelMultipleChoiceField(
        queryset=WijkPage.objects.none(),
        required=False,
        label=gettext_lazy("Wijken"),
        widget=forms.CheckboxSelectMultiple,
    )
    invite = forms.CharField(
        label=gettext_lazy("Redacteuren uitnodigen"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Eén e-mailadres per regel; zij krijgen een link om een wachtwoord te kiezen."
        ),
    )
    review_mode = forms.ChoiceField(label=gettext_lazy("Publiceren"), choices=ReviewMode.choices)
    resend = forms.BooleanField(
        label=gettext_lazy("Uitnodiging opnieuw versturen"),
        required=False,
        help_text=gettext_lazy(
            "Voor wie al is uitgenodigd maar nog geen wachtwoord heeft gekozen: stuur een nieuwe "
            "link."
        ),
    )

    def __init__(self, *args, regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions
        wijken = WijkPage.objects.none()
        for region in regions:
            wijken = wijken | WijkPage.objects.descendant_of(region)
        self.fields["wijken"].queryset = wijken.order_by("title")


class OnboardingView(AdminScreenMixin, FormView):
    """Shared shape of the two onboarding forms for regional administrators."""

    template_name = "aanbod/admin/onboarding_form.html"
    header_icon = "plus"

    def dispatch(self, request, *args, **kwargs):
        self.regions = administered_regions(request.user)
        if not self.regions.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "regions": self.regions}

    def get_initial(self):
        """Whoever manages one region finds it chosen already."""
        regions = list(self.regions[:2])
        return {"region": regions[0]} if len(regions) == 1 else {}

    def form_valid(self, form):
        try:
            result = self.onboard(form.cleaned_data)
        except OnboardingError as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)
        self.report(result)
        return redirect("wagtailadmin_explore", result.page.pk)

    def report(self, result) -> None:
        """Say what was created and sent, or that nothing changed, and who still waits."""
        if result.changed:
            done = result.created + result.invited
            if done:
                messages.success(
                    self.request,
                    _("%(title)s: aangemaakt: %(items)s.")
                    % {"title": result.page.title, "items": ", ".join(done)},
                )
            if result.reinvited:
                messages.success(
                    self.request,
                    _("Uitnodiging opnieuw verstuurd aan: %(emails)s.")
                    % {"emails": ", ".join(result.reinvited)},
                )
        else:
            messages.info(
                self.request,
                _("%(title)s bestond al; niets veranderd.") % {"title": result.page.title},
            )
        if result.pending:
            messages.warning(
                self.request,
                _(
                    "Nog geen wachtwoord gekozen: %(emails)s. Vink 'Uitnodiging opnieuw "
                    "versturen' aan om hen een nieuwe link te sturen."
                )
                % {"emails": ", ".join(result.pending)},
            )


class GemeenteOnboardingView(OnboardingView):
    """Gemeente toevoegen."""

    form_class = GemeenteOnboardingForm
    page_title = gettext_lazy("Gemeente toevoegen")

    def onboard(self, data):
        return onboard_gemeente(
            data["region"],
            data["name"],
            wijken=data["wijken"],
            phase=data["phase"],
            pilot_date=data["pilot_date"],
            live_date=data["live_date"],
            cbs_code=data["cbs_code"],
            user=self.request.user,
        )


class OrganisationOnboardingView(OnboardingView):
    """Organisatie toevoegen."""

    form_class = OrganisationOnboardingForm
    page_title = gettext_lazy("Organisatie toevoegen")

    def onboard(self, data):
        region = data["region"]
        outside = [w.title for w in data["wijken"] if not w.path.startswith(region.path)]
        if outside:
            raise OnboardingError(
                _("Deze wijken horen niet bij de gekozen regio: %(names)s.")
                % {"names": ", ".join(outside)}
            )
        return onboard_organisation(
            region,
            data["name"],
            kind=data["kind"],
            wijken=list(data["wijken"]),
            invite=[line for line in data["invite"].split() if line.strip()],
            review_mode=data["review_mode"],
            user=self.request.user,
            resend_invitations=data["resend"],
        )
