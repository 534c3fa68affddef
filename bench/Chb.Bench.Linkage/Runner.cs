using System.Diagnostics;
using System.Globalization;
using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>Runs the hub's person model over labelled mentions and prints quality and timing.</summary>
internal static class Runner
{
    public static Evaluation Run(string label, IReadOnlyList<LabelledPerson> people, bool twoFiles, LinkageOptions options, TextWriter output)
    {
        var model = new PersonModel(options);

        // Warm up so the timing is of optimised code, as in a long-running hub, not of the JIT's first tier.
        var warmUp = SyntheticPeople.Generate(20_000, seed: 7).Select(p => PersonFeatures.From(p.Record)).ToArray();
        _ = new BatchLinker<PersonFeatures>(model, options).Link(warmUp);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var features = new PersonFeatures[people.Count];
        Parallel.For(0, people.Count, i => features[i] = PersonFeatures.From(people[i].Record));
        var normalised = total.Elapsed;

        Func<int, int, bool>? crossFiles = twoFiles ? (a, b) => people[a].File != people[b].File : null;
        var result = new BatchLinker<PersonFeatures>(model, options).Link(features, crossFiles);
        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var clusters = Evaluation.OfClusters(people, result.ClusterOf, twoFiles);
        var review = result.Pairs.Where(p => p.Result.Outcome == LinkOutcome.Review).ToList();
        var linkedOrReview = result.Pairs.Select(p => (p.A, p.B))
            .Concat(PairsInClusters(result.ClusterOf, people, twoFiles)).Distinct().ToList();
        var generous = Evaluation.OfPairs(people, linkedOrReview, clusters.TruePairs);

        output.WriteLine(Invariant($"{label}: {people.Count:N0} records, {(twoFiles ? "two-file linkage" : "deduplication")}"));
        output.WriteLine(Invariant(
            $"  time: {total.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU on {Environment.ProcessorCount} cores (normalise {normalised.TotalSeconds:F2} s, block+compare+cluster {(total.Elapsed - normalised).TotalSeconds:F2} s); {result.Comparisons:N0} pairs compared in {result.Blocks:N0} blocks"));
        output.WriteLine(Invariant(
            $"  links: precision {clusters.Precision:F4}  recall {clusters.Recall:F4}  F1 {clusters.F1:F4}  (true pairs {clusters.TruePairs:N0}, linked {clusters.PredictedPairs:N0}, correct {clusters.CorrectPairs:N0})"));
        output.WriteLine(Invariant(
            $"  review queue: {review.Count:N0} pairs ({review.Count(p => SameEntity(people, p)):N0} true); recall if analysts confirmed them all {generous.Recall:F4}"));
        return clusters;
    }

    private static IEnumerable<(int A, int B)> PairsInClusters(int[] clusterOf, IReadOnlyList<LabelledPerson> people, bool twoFiles)
    {
        foreach (var cluster in Enumerable.Range(0, clusterOf.Length).GroupBy(i => clusterOf[i]).Where(g => g.Skip(1).Any()))
        {
            var members = cluster.ToArray();
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    if (!twoFiles || people[members[x]].File != people[members[y]].File)
                    {
                        yield return (members[x], members[y]);
                    }
                }
            }
        }
    }

    private static bool SameEntity(IReadOnlyList<LabelledPerson> people, ScoredPair pair)
        => string.Equals(people[pair.A].Entity, people[pair.B].Entity, StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
