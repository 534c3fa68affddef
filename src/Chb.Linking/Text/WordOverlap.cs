namespace Chb.Linking.Text;

/// <summary>Overlap of two sorted word sets, where words within a typo of each other count as shared.</summary>
internal static class WordOverlap
{
    private const double TypoSimilarity = 0.9;

    /// <summary>Gets the Jaccard index and the share of the smaller set found in the larger.</summary>
    public static (double Jaccard, double Containment) Measure(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length == b.Length ? 1 : 0, 0);
        }

        var (small, large) = a.Length <= b.Length ? (a, b) : (b, a);
        Span<bool> used = large.Length <= 64 ? stackalloc bool[large.Length] : new bool[large.Length];
        var shared = 0;
        foreach (var word in small)
        {
            var match = -1;
            for (var j = 0; j < large.Length; j++)
            {
                if (!used[j] && string.Equals(word, large[j], StringComparison.Ordinal))
                {
                    match = j;
                    break;
                }
            }

            for (var j = 0; match < 0 && j < large.Length; j++)
            {
                if (!used[j] && word.Length >= 4 && large[j].Length >= 4 && JaroWinkler.Similarity(word, large[j]) >= TypoSimilarity)
                {
                    match = j;
                }
            }

            if (match >= 0)
            {
                used[match] = true;
                shared++;
            }
        }

        return ((double)shared / (a.Length + b.Length - shared), (double)shared / small.Length);
    }
}
