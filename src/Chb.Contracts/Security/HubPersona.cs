namespace Chb.Contracts.Security;

/// <summary>Who a caller is to the hub: a role, an agency, and the OCGs and sites assigned to them.</summary>
/// <param name="Subject">A stable id for the person or system, written to the audit log.</param>
/// <param name="Role">One of <see cref="HubRoles"/>.</param>
/// <param name="Agency">The caller's agency code, such as <c>WYP</c>.</param>
public sealed record HubPersona(string Subject, string Role, string Agency)
{
    /// <summary>Gets the OCG references assigned to the caller (LROs).</summary>
    public IReadOnlyList<string> Ocgs { get; init; } = [];

    /// <summary>Gets the CHB site ids assigned to the caller.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];
}

/// <summary>The roles the hub knows.</summary>
public static class HubRoles
{
    public const string Partner = "partner";
    public const string Lro = "lro";
    public const string Gain = "gain";
    public const string Analyst = "analyst";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Partner, Lro, Gain, Analyst, Auditor, Admin];
}

/// <summary>The claim names a hub token carries.</summary>
public static class HubClaims
{
    public const string Subject = "sub";
    public const string Role = "chb_role";
    public const string Agency = "chb_agency";
    public const string Ocg = "chb_ocg";
    public const string Site = "chb_site";
}
