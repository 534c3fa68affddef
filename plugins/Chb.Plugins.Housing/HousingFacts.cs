namespace Chb.Plugins.Housing;

/// <summary>A validated row. A complainant's row carries no <see cref="Person"/> and no <see cref="Notes"/>.</summary>
internal sealed record HousingFacts
{
    public required string CaseRef { get; init; }

    public required string CaseType { get; init; }

    public required string CaseStatus { get; init; }

    public required DateOnly OpenedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? TenancyRef { get; init; }

    public string? Tenure { get; init; }

    public string? Uprn { get; init; }

    public string? Address { get; init; }

    public required string Postcode { get; init; }

    public required string PartyRole { get; init; }

    public HousingPerson? Person { get; init; }

    public string? Notes { get; init; }

    public required string Sensitivity { get; init; }

    public bool IsComplainant => PartyRole == HousingVocabulary.Complainant;
}

internal sealed record HousingPerson(string Surname, string Forenames, DateOnly? DateOfBirth);
