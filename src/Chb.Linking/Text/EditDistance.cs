namespace Chb.Linking.Text;

/// <summary>
/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded: the answer is exact up to
/// <c>limit</c> and <c>limit + 1</c> means "more than limit". Allocation-free for names.
/// </summary>
internal static class EditDistance
{
    private const int StackLimit = 64;

    public static int Bounded(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        if (a.Length > StackLimit || b.Length > StackLimit)
        {
            return Compute(a, b, limit, new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        }

        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        return Compute(a, b, limit, before, previous, current);
    }

    private static int Compute(string a, string b, int limit, Span<int> before, Span<int> previous, Span<int> current)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
