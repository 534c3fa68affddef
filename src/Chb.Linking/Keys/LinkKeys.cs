namespace Chb.Linking;

/// <summary>Keys are 64-bit hashes: indexes hold no names, dates of birth or addresses in clear.</summary>
public static class LinkKeys
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Gets the family a key belongs to.</summary>
    public static KeyFamily FamilyOf(long key) => (KeyFamily)(key & 0xF);

    /// <summary>Gets whether a key is used for blocking (rather than only counted).</summary>
    public static bool IsBlocking(long key) => FamilyOf(key) < KeyFamily.FrequencySurname;

    /// <summary>
    /// Gets whether a key is a strong identifier's block: never capped, and compared as a star (every holder with the
    /// block's representative, its least mention) rather than every pair.
    /// </summary>
    public static bool IsStrong(long key) => FamilyOf(key) == KeyFamily.BlockStrong;

    /// <summary>Gets the frequency level of a count: 0 for one holder, else ceil(log2(count)).</summary>
    public static int Level(int count) => count <= 1 ? 0 : 64 - (int)ulong.LeadingZeroCount((ulong)(count - 1));

    internal static long Of(char subject, KeyFamily family, string value)
    {
        var hash = Offset;
        hash = Mix(hash, subject);
        foreach (var c in value)
        {
            hash = Mix(hash, c);
        }

        return (long)((hash & ~0xFUL) | (ulong)family);
    }

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * Prime;
}
