using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>
/// Turns one canonical record into role-aware facts about its people (by party index) and places (by location
/// index). Pure: the same record, agency kind and day always give the same facts, in the same order.
/// </summary>
internal static class FactExtractor
{
    /// <summary>Extracts the facts a record states.</summary>
    /// <param name="record">The canonical record.</param>
    /// <param name="agencyKind">The owning agency's kind, an <see cref="AgencyKind"/> name such as <c>Housing</c>.</param>
    /// <param name="today">The day facts are judged on: markers expired before it and closed cases give no live facts.</param>
    /// <returns>The facts, ordered by subject, index, fact name and detail.</returns>
    /// <exception cref="ArgumentException"><paramref name="agencyKind"/> is not a known agency kind.</exception>
    public static IReadOnlyList<ExtractedFact> Extract(CanonicalRecord record, string agencyKind, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrEmpty(agencyKind);
        if (!Enum.TryParse<AgencyKind>(agencyKind, ignoreCase: true, out var kind) || kind == AgencyKind.Unspecified
            || !Enum.IsDefined(kind) || int.TryParse(agencyKind, out _))
        {
            throw new ArgumentException($"'{agencyKind}' is not a known agency kind.", nameof(agencyKind));
        }

        var sink = new FactSink(record);
        switch (record)
        {
            case { Kind: RecordKind.Nominal }:
                NominalFacts.Add(sink, today);
                break;
            case { Kind: RecordKind.Case, Case: { } details }:
                if (HousingCaseFacts.CaseTypes.Contains(details.CaseType, StringComparer.Ordinal))
                {
                    HousingCaseFacts.Add(sink, details, kind, today);
                }
                else
                {
                    EnforcementCaseFacts.Add(sink, details, today);
                }

                VehicleFacts.AddPartyVrms(sink);
                sink.PersonsIn([PartyRole.Victim], FactNames.Victim, CaseDates.OpenedOn(details), details.CaseType);
                break;
            default:
                break;
        }

        return sink.ToList();
    }
}
