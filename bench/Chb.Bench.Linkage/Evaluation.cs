namespace Chb.Bench.Linkage;

/// <summary>Pair-level precision, recall and F1 of a clustering against ground truth.</summary>
internal sealed record Evaluation(long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores clusters: a predicted pair is two mentions in one cluster (from different files when linking two files).</summary>
    public static Evaluation OfClusters(IReadOnlyList<LabelledPerson> people, int[] clusterOf, bool twoFiles)
    {
        var truth = Pairs(people.Select((p, i) => (Group: p.Entity, Index: i)), people, twoFiles);
        var predicted = Pairs(people.Select((p, i) => (Group: clusterOf[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Index: i)), people, twoFiles);
        var correct = Pairs(people.Select((p, i) => (Group: $"{clusterOf[i]}|{p.Entity}", Index: i)), people, twoFiles);
        return new Evaluation(truth, predicted, correct);
    }

    /// <summary>Scores a set of pairs directly (for "link or review" recall).</summary>
    public static Evaluation OfPairs(IReadOnlyList<LabelledPerson> people, IEnumerable<(int A, int B)> pairs, long truePairs)
    {
        long predicted = 0, correct = 0;
        foreach (var (a, b) in pairs)
        {
            predicted++;
            correct += string.Equals(people[a].Entity, people[b].Entity, StringComparison.Ordinal) ? 1 : 0;
        }

        return new Evaluation(truePairs, predicted, correct);
    }

    private static long Pairs(IEnumerable<(string Group, int Index)> members, IReadOnlyList<LabelledPerson> people, bool twoFiles)
    {
        long total = 0;
        foreach (var group in members.GroupBy(m => m.Group, StringComparer.Ordinal))
        {
            long inA = 0, inB = 0;
            foreach (var m in group)
            {
                _ = people[m.Index].File == 0 ? inA++ : inB++;
            }

            var size = inA + inB;
            total += twoFiles ? inA * inB : size * (size - 1) / 2;
        }

        return total;
    }
}
