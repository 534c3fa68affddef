using System.Security.Cryptography;
using System.Text;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Deterministic ids: an opportunity is a tactic for a subject, so recomputing from the same records gives the
/// same id, and an officer's recorded outcome stays attached across rebuilds.
/// </summary>
internal static class OpportunityIds
{
    public static string Opportunity(string tacticId, string subjectKind, string subjectHubId)
        => "OPP-" + Hash($"{tacticId}\0{subjectKind}\0{subjectHubId}", 8);

    public static string Intervention(string agency, string requestId)
        => "INT-" + Hash($"{agency}\0{requestId}", 8);

    /// <summary>The hub's reference for a partner's intelligence item: quotable to the owner, meaningless to anyone else.</summary>
    public static string Intelligence(string agency, string reference)
        => "H-" + Hash($"intelligence\0{agency}\0{reference}", 5);

    /// <summary>
    /// The hub's id for a partner record. Partner references can carry personal data (some exports build them from
    /// names, dates of birth or PNC IDs), so they never leave the hub in an answer: this id does.
    /// </summary>
    public static string Record(string agency, string partnerReference) => "REC-" + Hash($"record\0{agency}\0{partnerReference}", 8);

    public static string Content(string text) => Hash(text, 16);

    private static string Hash(string text, int bytes)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));
}

/// <summary>Opportunity states as stored, and the kinds of change watchers see.</summary>
internal static class OpportunityStates
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string Done = "done";
    public const string NotPursued = "not_pursued";
    public const string Withdrawn = "withdrawn";

    public const string EventNew = "new";
    public const string EventChanged = "changed";
    public const string EventClosed = "closed";

    public static bool IsClosed(string status) => status is Done or NotPursued or Withdrawn;
}
