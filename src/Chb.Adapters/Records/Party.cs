namespace Chb.Adapters;

/// <summary>A person, organisation or vehicle keeper in a record, with its role in that record.</summary>
/// <remarks>
/// A role belongs to the relationship, not to the person: the same person can be a victim in one
/// record and a perpetrator in another. At least one of <see cref="Person"/>, <see cref="Vrm"/> and
/// <see cref="CompanyNumber"/> is set.
/// </remarks>
/// <param name="Role">The party's role in this record.</param>
public sealed record Party(PartyRole Role)
{
    /// <summary>Gets the person, when the party is a person.</summary>
    public PersonDetails? Person { get; init; }

    /// <summary>Gets a vehicle registration mark tied to this party, normalised (upper case, no spaces).</summary>
    public string? Vrm { get; init; }

    /// <summary>Gets a Companies House number for an organisation.</summary>
    public string? CompanyNumber { get; init; }

    /// <summary>Gets the organisation's name.</summary>
    public string? OrganisationName { get; init; }
}

/// <summary>Identifying details of a person.</summary>
public sealed record PersonDetails
{
    /// <summary>Gets the person's names; the one with <see cref="PersonName.IsPrimary"/> first, aliases after.</summary>
    public required IReadOnlyList<PersonName> Names { get; init; }

    /// <summary>Gets the date of birth, when known.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets the Police National Computer id (<c>YYYY/NNNNNNNL</c>); police records only.</summary>
    public string? PncId { get; init; }

    /// <summary>Gets the Criminal Records Office number; police records only.</summary>
    public string? CroNumber { get; init; }
}

/// <summary>A person's name as the partner holds it (not normalised).</summary>
/// <param name="Family">The family name.</param>
/// <param name="Given">The given names, possibly several.</param>
/// <param name="IsPrimary">Whether this is the main name rather than an alias.</param>
public sealed record PersonName(string Family, string Given, bool IsPrimary = true);

/// <summary>The role a party plays in one record.</summary>
public enum PartyRole
{
    /// <summary>Not stated; never valid.</summary>
    Unspecified = 0,

    /// <summary>Suspected of an offence or breach.</summary>
    Suspect = 1,

    /// <summary>Found or alleged to have caused the behaviour.</summary>
    Perpetrator = 2,

    /// <summary>Holds the tenancy.</summary>
    Tenant = 3,

    /// <summary>Holds the tenancy jointly.</summary>
    JointTenant = 4,

    /// <summary>Lives in the household.</summary>
    Household = 5,

    /// <summary>Harmed or exploited; to be safeguarded, never targeted.</summary>
    Victim = 6,

    /// <summary>Holds a licence.</summary>
    Licensee = 7,

    /// <summary>Was driving.</summary>
    Driver = 8,

    /// <summary>Owns the premises, vehicle or business.</summary>
    Owner = 9,

    /// <summary>Occupies premises.</summary>
    Occupier = 10,

    /// <summary>Visits premises.</summary>
    Visitor = 11,

    /// <summary>The subject of a police nominal record.</summary>
    Nominal = 12,

    /// <summary>Saw or heard something.</summary>
    Witness = 13,
}
