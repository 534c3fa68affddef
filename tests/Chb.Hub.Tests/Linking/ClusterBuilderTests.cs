using Chb.Linking;

namespace Chb.Hub.Tests.Linking;

public sealed class ClusterBuilderTests
{
    [Fact]
    public void Build_ABridgingMentionBetweenConflictingPeople_JoinsOnlyTheStrongerSide()
    {
        // 0 and 2 conflict (twins); 1 is a weak mention that links to both.
        var edges = new[] { new ClusterEdge(0, 1, 15, false), new ClusterEdge(1, 2, 12, false) };

        var clusters = ClusterBuilder.Build(3, edges, (a, b) => (a, b) is (0, 2) or (2, 0));

        Assert.Equal(new[] { 0, 0, 2 }, clusters);
    }

    [Fact]
    public void Build_RejectedPair_NeverSharesACluster()
    {
        var edges = new[] { new ClusterEdge(0, 1, 30, false), new ClusterEdge(1, 2, 30, false) };

        var clusters = ClusterBuilder.Build(3, edges, (_, _) => false, new HashSet<(int, int)> { (0, 2) });

        Assert.NotEqual(clusters[0], clusters[2]);
    }

    [Fact]
    public void Build_ConfirmedPair_JoinsDespiteAModelConflict()
    {
        var clusters = ClusterBuilder.Build(2, [new ClusterEdge(0, 1, 0, true)], (_, _) => true);

        Assert.Equal(clusters[0], clusters[1]);
    }

    [Fact]
    public void Build_EdgesInAnyOrder_GiveTheSameClusters()
    {
        var edges = new[]
        {
            new ClusterEdge(0, 1, 20, false), new ClusterEdge(1, 2, 18, false), new ClusterEdge(3, 4, 25, false),
            new ClusterEdge(2, 3, 12, false), new ClusterEdge(4, 5, 12, false),
        };
        static bool Conflicts(int a, int b) => (Math.Min(a, b), Math.Max(a, b)) is (0, 4);

        var forward = ClusterBuilder.Build(6, edges, Conflicts);
        var backward = ClusterBuilder.Build(6, edges.Reverse(), Conflicts);

        Assert.Equal(forward, backward);
    }
}
