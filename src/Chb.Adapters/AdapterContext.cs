namespace Chb.Adapters;

/// <summary>Facts the host gives an adapter about one push.</summary>
/// <param name="AgencyCode">The pushing agency, taken from the caller's identity, such as <c>WYP</c>.</param>
/// <param name="AgencyKind">The kind of the pushing agency.</param>
/// <param name="FileName">The name the pusher gave the file, for messages only; may be empty.</param>
public sealed record AdapterContext(string AgencyCode, AgencyKind AgencyKind, string FileName);
