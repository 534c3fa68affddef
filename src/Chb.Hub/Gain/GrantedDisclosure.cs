using System.Globalization;
using Chb.Adapters;
using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Opportunities;
using Google.Protobuf.Collections;
using IntelligenceItem = Chb.Adapters.IntelligenceItem;
using LocationReference = Chb.Adapters.LocationReference;
using Marker = Chb.Adapters.Marker;
using MarkedText = Chb.Adapters.MarkedText;
using PersonDetails = Chb.Adapters.PersonDetails;

namespace Chb.Hub.GainCoordination;

/// <summary>
/// Reads an approved request's fields for its requester. The approval is the owning agency's grant: it releases owner-only
/// text (notes, marker details) that the disclosure policy would otherwise keep to the owner, and every release is noted
/// in the caller's <see cref="DisclosureContext"/> with the request that granted it. What an owner cannot grant through
/// the hub still goes through the policy unchanged: criminal-record identifiers reach police callers only, and
/// intelligence is released in its sanitised form (consult the owner for more).
/// </summary>
internal sealed class GrantedDisclosure(DisclosureContext disclosure, StoredRequest request)
{
    private readonly IReadOnlyList<string> _fields = [.. ReleaseFields.InOrder(request.Fields)];

    public void Release(HeldRecord record, RepeatedField<ReleasedValue> into, RepeatedField<Withheld> withheld)
    {
        var element = $"record:{record.RecordId}";
        var details = record.Record.Case;
        var people = record.Mentions
            .Select(m => record.Record.Parties.ElementAtOrDefault((int)m.ItemIndex)?.Person)
            .OfType<PersonDetails>()
            .ToList();
        foreach (var field in _fields)
        {
            IEnumerable<string?> values = field switch
            {
                "case_type" => [details?.CaseType],
                "case_status" => [details?.Status],
                "opened_on" => [details?.OpenedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                "closed_on" => [details?.ClosedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                "outcome" => [details?.Outcome],
                "offence_code" => [details?.OffenceCode],
                "tenancy" => [details?.Tenancy is { } t ? (t.Tenure is null ? t.Reference : $"{t.Reference} ({t.Tenure})") : null],
                "role" => record.Mentions.Select(m => m.Role).Distinct(StringComparer.Ordinal),
                "address" => record.Record.Locations.Select(FormatAddress),
                "notes" => [Granted(record.Record.Notes)],
                "markers" => record.Record.Markers.Select(FormatMarker),
                "marker_details" => record.Record.Markers.Select(m => Granted(m.Detail) is { } d ? $"{m.Kind} {m.Code}: {d}" : null),
                "vehicles" => record.Record.Vehicles.Select(v => v.Status is null ? v.Vrm : $"{v.Vrm} ({v.Status})"),
                "identity" => people.Select(FormatIdentity),
                "criminal_record_ids" => people.SelectMany(p => new[]
                {
                    disclosure.CriminalRecordId(element, "pnc_id", p.PncId, withheld),
                    disclosure.CriminalRecordId(element, "cro_number", p.CroNumber, withheld),
                }),
                "intelligence" => record.Record.Intelligence.Select(i => Intelligence(element, record, i, withheld)),
                _ => [],
            };
            var released = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            into.AddRange(released.Select(v => new ReleasedValue { RecordId = record.RecordId, Field = field, Value = v! }));
            if (released.Count > 0 && field is not "criminal_record_ids" and not "intelligence")
            {
                // The policy noted its own decisions for those two; the rest are released on the owner's grant.
                disclosure.Disclose($"{element}/{field}:granted-by:{request.RequestId}");
            }
        }
    }

    private static string? Granted(MarkedText? text) => text is null || text.Value.Length == 0 ? null : text.Value;

    private static string FormatAddress(LocationReference location)
        => string.Join(", ", new[] { location.Address, location.Postcode, location.Uprn is null ? null : $"UPRN {location.Uprn}" }.Where(p => !string.IsNullOrEmpty(p)));

    private static string FormatMarker(Marker marker)
    {
        var text = $"{marker.Kind} {marker.Code}";
        if (marker.IssuedOn is { } issued)
        {
            text += issued.ToString(", 'issued' yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (marker.ExpiresOn is { } expires)
        {
            text += expires.ToString(", 'expires' yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static string FormatIdentity(PersonDetails person)
    {
        var names = string.Join("; ", person.Names.Select(n => $"{n.Given} {n.Family}".Trim()).Where(n => n.Length > 0));
        return person.DateOfBirth is { } born ? $"{names}, born {born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : names;
    }

    private string Intelligence(string element, HeldRecord record, IntelligenceItem item, RepeatedField<Withheld> withheld)
    {
        var reference = OpportunityIds.Intelligence(record.Agency, item.Reference);
        var sector = record.Record.Locations.Select(l => Postcodes.TryNormalise(l.Postcode, out var pc) ? Postcodes.Sector(pc) : null).FirstOrDefault(s => s is not null);
        var summary = disclosure.Intelligence($"{element}/intelligence:{reference}", item, record.Agency, reference, sector);
        foreach (var w in summary.Withheld)
        {
            withheld.Add(new Withheld { Field = $"released.intelligence:{reference}.{w.Field}", Reason = w.Reason, Consult = w.Consult });
        }

        var parts = new[]
        {
            $"{summary.Category} {summary.HubReference}",
            summary.Month.Length > 0 ? $"month {summary.Month}" : null,
            summary.PostcodeSector.Length > 0 ? $"postcode sector {summary.PostcodeSector}" : null,
            summary.Grading.Length > 0 ? $"graded {summary.Grading}" : null,
            summary.Text.Length > 0 ? summary.Text : null,
            summary.Consult.Length > 0 ? summary.Consult : null,
        };
        return string.Join("; ", parts.Where(p => p is not null));
    }
}
