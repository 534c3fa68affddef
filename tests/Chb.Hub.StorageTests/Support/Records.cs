using Chb.Contracts.V1;

namespace Chb.Hub.StorageTests.Support;

/// <summary>Canonical records as a partner system pushes them.</summary>
public static class Records
{
    public static RecordEnvelope Case(long row, string reference, string status = "Open", string? key = null, string family = "Holt") => new()
    {
        Row = row,
        PartnerReference = reference,
        IdempotencyKey = key ?? string.Empty,
        Record = new CanonicalRecord
        {
            Kind = RecordKind.Case,
            Case = new CaseDetails { Reference = reference, CaseType = "ASB", Status = status },
            Parties =
            {
                new Party
                {
                    Role = PartyRole.Perpetrator,
                    Person = new PersonDetails { Names = { new PersonName { Family = family, Given = "Dean", IsPrimary = true } }, DateOfBirth = "1991-07-14" },
                },
            },
            Locations = { new LocationReference { Relation = LocationRelation.Subject, Postcode = "BD3 8QY", Uprn = "100051000999" } },
        },
    };

    /// <summary>A record the hub must reject: an invalid postcode.</summary>
    public static RecordEnvelope Invalid(long row, string reference)
    {
        var bad = Case(row, reference);
        bad.Record.Locations[0].Postcode = "NOT A POSTCODE";
        return bad;
    }

    public static IEnumerable<RecordEnvelope> Cases(string prefix, int from, int count)
        => Enumerable.Range(from, count).Select(i => Case(i, $"{prefix}{i}"));
}
