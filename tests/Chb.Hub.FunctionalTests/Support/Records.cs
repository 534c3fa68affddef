using Chb.Contracts.V1;

namespace Chb.Hub.FunctionalTests.Support;

/// <summary>Builders for canonical records as a partner system would push them.</summary>
public static class Records
{
    public static RecordEnvelope Case(long row, string reference, string status = "Open", string? key = null) => new()
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
                    Person = new PersonDetails { Names = { new PersonName { Family = "Holt", Given = "Dean", IsPrimary = true } }, DateOfBirth = "1991-07-14" },
                },
            },
            Locations = { new LocationReference { Relation = LocationRelation.Subject, Postcode = "BD3 8QY", Uprn = "100051000999" } },
        },
    };

    public static PushRequest Start(string agency, string adapterId = "", string fileName = "") =>
        new() { Start = new PushStart { Agency = agency, AdapterId = adapterId, FileName = fileName } };

    public static PushRequest Batch(params RecordEnvelope[] records)
    {
        var batch = new RecordBatch();
        batch.Records.AddRange(records);
        return new PushRequest { Records = batch };
    }

    public static PushRequest Complete() => new() { Complete = new PushComplete() };
}
