namespace Chb.Cli.Demo;

/// <summary>One environmental services case as the <c>env-enforcement-jsonl/1</c> format holds it.</summary>
internal sealed record EnvCase(
    string CaseId,
    string Service,
    string? OffenceCode,
    DateTimeOffset ReportedAt,
    bool UtcAsZ,
    string Status,
    EnvLocation Location,
    IReadOnlyList<EnvParty> Parties,
    string Outcome,
    bool? ReporterConfidential,
    string Notes);

/// <summary>Where it happened: any of UPRN, grid reference, address and postcode.</summary>
internal sealed record EnvLocation(string? Uprn, int? Easting, int? Northing, string? Address, string? Postcode);

/// <summary>A party to the case; a Reporter's details are PROTECTED and must be dropped by the adapter.</summary>
internal sealed record EnvParty(string Role, string? Given = null, string? Family = null, DateOnly? DateOfBirth = null, string? Vrm = null, string? CompanyNumber = null, string? Phone = null);
