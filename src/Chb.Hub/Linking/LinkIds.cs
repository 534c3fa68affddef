using System.Security.Cryptography;
using System.Text;

namespace Chb.Hub.Linking;

/// <summary>
/// Deterministic ids, so a rebuild from the same source records gives the same ids. A mention is a record's
/// party or location by position; a link names its two mentions; a hub nominal or location is named after
/// its anchor, the mention first stored (lowest first sequence), so ids stay put as newer records join.
/// </summary>
internal static class LinkIds
{
    public static string Mention(string kind, string agency, string partnerReference, int index)
        => "M-" + Hash($"{kind}\0{agency}\0{partnerReference}\0{index}", 10);

    public static string Link(string kind, string a, string b)
        => "LNK-" + Hash($"{kind}\0{Min(a, b)}\0{Max(a, b)}", 10);

    public static string Hub(string kind, string anchorMention)
        => (kind == SubjectKinds.Nominal ? "NOM-" : "LOC-") + Hash($"{kind}\0{anchorMention}", 8);

    public static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    public static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;

    private static string Hash(string text, int bytes)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));
}

/// <summary>The kinds of subject the projector resolves.</summary>
internal static class SubjectKinds
{
    public const string Nominal = "nominal";
    public const string Location = "location";
}
