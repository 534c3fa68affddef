using System.Security.Cryptography;
using System.Text;

namespace Chb.Hub.GainCoordination;

/// <summary>The ids GAIN coordination hands out: none is, or can be turned back into, a partner reference.</summary>
internal static class GainIds
{
    /// <summary>A holding: one agency's records of one kind on one subject. Deterministic, so it is the same on every call.</summary>
    public static string Holding(string subjectKind, string subjectId, string agency, string category)
        => "HLD-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"holding\0{subjectKind}\0{subjectId}\0{agency}\0{category}")).AsSpan(0, 8));

    /// <summary>A disclosure request: random, so one cannot be guessed from another.</summary>
    public static string Request() => "DR-" + RandomNumberGenerator.GetHexString(16);

    /// <summary>A site the administrator did not name.</summary>
    public static string Site() => "SITE-" + RandomNumberGenerator.GetHexString(8);
}
