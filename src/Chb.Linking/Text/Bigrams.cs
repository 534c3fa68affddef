namespace Chb.Linking.Text;

/// <summary>
/// Dice similarity over the character bigrams of each word: insensitive to word order, to a space slipped
/// into or out of a word ("car avan", "caravan") and to single typos. Bigram sets are computed once per
/// address and compared by merging sorted arrays, without allocating.
/// </summary>
internal static class Bigrams
{
    /// <summary>Gets the sorted multiset of bigrams of <paramref name="words"/>.</summary>
    public static int[] Of(string[] words)
    {
        var grams = new List<int>();
        foreach (var word in words)
        {
            for (var i = 1; i < word.Length; i++)
            {
                grams.Add((word[i - 1] << 16) | word[i]);
            }
        }

        grams.Sort();
        return [.. grams];
    }

    public static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        return 2.0 * Shared(a, b) / (a.Length + b.Length);
    }

    /// <summary>Gets the share of the smaller multiset found in the larger (1 when one description contains the other).</summary>
    public static double Containment(int[] a, int[] b)
        => a.Length == 0 || b.Length == 0 ? 0 : (double)Shared(a, b) / Math.Min(a.Length, b.Length);

    private static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
