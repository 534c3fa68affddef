namespace Chb.Adapters;

/// <summary>A stated membership of an organised crime group.</summary>
/// <param name="OcgReference">The OCG reference, such as <c>OCG-WYP-0042</c>.</param>
/// <param name="Role">The role, such as <c>PrincipalMember</c>.</param>
public sealed record OcgMembership(string OcgReference, string Role);
