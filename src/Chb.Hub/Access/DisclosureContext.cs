using System.Globalization;
using Chb.Adapters;
using Chb.Contracts.V1;
using Chb.Hub.Agencies;
using Chb.Hub.Security;
using Google.Protobuf.Collections;
using Disclosure = Chb.Adapters.Disclosure;
using IntelligenceItem = Chb.Adapters.IntelligenceItem;
using MarkedText = Chb.Adapters.MarkedText;

namespace Chb.Hub.Access;

/// <summary>
/// The disclosure decisions of one response, for one caller. Each method answers what may be shown (or an
/// empty value) and marks anything withheld, with its reason, on the element and in the audit trail.
/// </summary>
internal sealed class DisclosureContext(HubCaller caller, bool callerIsPolice, AgencyDirectory agencies)
{
    private readonly List<string> _disclosed = [];
    private readonly List<string> _withheld = [];

    public HubCaller Caller => caller;

    /// <summary>Gets the elements disclosed, as "element/field" (never values), for the audit log.</summary>
    public IReadOnlyList<string> Disclosed => _disclosed;

    /// <summary>Gets the elements withheld, as "element/field:REASON", for the audit log.</summary>
    public IReadOnlyList<string> Withheld => _withheld;

    public bool IsOwner(string owningAgency) => string.Equals(caller.Agency, owningAgency, StringComparison.Ordinal);

    /// <summary>Notes that an element was disclosed.</summary>
    public void Disclose(string element) => _disclosed.Add(element);

    /// <summary>PNC IDs and CRO numbers go to police callers only; others learn only that there is a police match.</summary>
    public string CriminalRecordId(string element, string field, string? value, RepeatedField<Withheld> into)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (callerIsPolice)
        {
            _disclosed.Add($"{element}/{field}");
            return value;
        }

        Withhold(element, field, WithheldReason.CriminalRecordIdentifier, into, "consult the police force that holds the record");
        return string.Empty;
    }

    /// <summary>Owner-only text (notes, intelligence text) goes to the owning agency only.</summary>
    public string Text(string element, string field, MarkedText? text, string owningAgency, RepeatedField<Withheld> into)
    {
        if (text is null || text.Value.Length == 0)
        {
            return string.Empty;
        }

        if (text.Disclosure != Disclosure.OwnerOnly || IsOwner(owningAgency))
        {
            _disclosed.Add($"{element}/{field}");
            return text.Value;
        }

        Withhold(element, field, WithheldReason.OwnerOnly, into, Consult(owningAgency, null));
        return string.Empty;
    }

    /// <summary>
    /// An intelligence item. The owning agency sees it whole. Everyone else gets one sanitised shape whatever the
    /// source (so the shape cannot reveal a covert source): category, month, postcode sector and whom to consult;
    /// for handling code C, only that it exists and whom to consult.
    /// </summary>
    public IntelligenceSummary Intelligence(string element, IntelligenceItem item, string owningAgency, string hubReference, string? postcodeSector)
    {
        var summary = new IntelligenceSummary
        {
            HubReference = hubReference,
            OwningAgency = owningAgency,
            Category = "intelligence",
            Consult = Consult(owningAgency, hubReference),
        };
        if (IsOwner(owningAgency))
        {
            summary.Month = item.RecordedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            summary.RecordedOn = item.RecordedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            summary.Grading = string.Create(CultureInfo.InvariantCulture, $"{item.SourceEvaluation}/{item.Assessment}/{item.Handling}");
            summary.Text = item.Text?.Value ?? string.Empty;
            summary.PostcodeSector = postcodeSector ?? string.Empty;
            summary.Consult = string.Empty;
            _disclosed.Add($"{element}/whole");
            return summary;
        }

        if (item.Handling == Chb.Adapters.HandlingCode.C)
        {
            foreach (var field in new[] { "text", "recorded_on", "month", "grading", "postcode_sector" })
            {
                Withhold(element, field, WithheldReason.HandlingConditions, summary.Withheld, summary.Consult);
            }

            _disclosed.Add($"{element}/existence");
            return summary;
        }

        summary.Month = item.RecordedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        summary.PostcodeSector = postcodeSector ?? string.Empty;
        foreach (var field in new[] { "text", "recorded_on", "grading" })
        {
            Withhold(element, field, WithheldReason.OwnerOnly, summary.Withheld, summary.Consult);
        }

        _disclosed.Add($"{element}/sanitised");
        return summary;
    }

    /// <summary>
    /// An option that could alert the subjects of a live investigation: outside the owning agency it shows a
    /// point of contact only, never what justifies it.
    /// </summary>
    public bool Deconflict(string element, string owningAgency, RepeatedField<Withheld> into)
    {
        if (IsOwner(owningAgency))
        {
            return false;
        }

        var contact = Consult(owningAgency, null);
        Withhold(element, "justifying_record_ids", WithheldReason.Deconfliction, into, contact);
        Withhold(element, "rationale", WithheldReason.Deconfliction, into, contact);
        return true;
    }

    public string Contact(string agency) => agencies.TryGet(agency, out var a) ? a.Contact : agency;

    private string Consult(string owningAgency, string? hubReference)
        => hubReference is null ? $"consult {Contact(owningAgency)}" : $"consult {Contact(owningAgency)} quoting hub reference {hubReference}";

    private void Withhold(string element, string field, WithheldReason reason, RepeatedField<Withheld> into, string consult)
    {
        into.Add(new Withheld { Field = field, Reason = reason, Consult = consult });
        _withheld.Add($"{element}/{field}:{reason}");
    }
}
