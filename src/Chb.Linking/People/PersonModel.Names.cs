using Chb.Linking.People;
using Chb.Linking.Text;

namespace Chb.Linking;

public sealed partial class PersonModel
{
    private const double CloseSimilarity = 0.94;
    private const double SimilarSimilarity = 0.88;

    /// <summary>
    /// The best-matching pair of names. Which names correspond is decided on the levels' full weights, before any
    /// frequency penalty: how common a name is weighs its agreement down but never chooses another pairing. So the
    /// levels the relatives rules read do not depend on counts, and a pair's outcome can only fall as counts grow,
    /// which lets the projector rescore only stored pairs when a value becomes more common.
    /// </summary>
    private NameScore BestNames(PersonFeatures a, PersonFeatures b, IKeyCounts counts)
    {
        var best = new NameScore(NameLevel.Missing, NameLevel.Missing, 0, 0, false);
        var bestFull = 0.0;
        var found = false;
        foreach (var x in a.Names)
        {
            foreach (var y in b.Names)
            {
                var score = Score(x, y, counts);
                var full = FullWeight(score);
                if (!found || full > bestFull)
                {
                    (best, bestFull, found) = (score, full, true);
                }
            }
        }

        return best;
    }

    /// <summary>A name score's weight with no frequency penalty: what chooses between pairings.</summary>
    private double FullWeight(NameScore score)
        => GivenWeight(score.Given, null, KeyCounts.Empty) + FamilyWeight(score.Family, null, KeyCounts.Empty) - (score.Swapped ? _w.SwappedNames : 0);

    private NameScore Score(NameForm x, NameForm y, IKeyCounts counts)
    {
        var given = GivenLevel(x, y);
        var family = FamilyLevel(x, y);
        var straight = new NameScore(given, family, GivenWeight(given, x, counts), FamilyWeight(family, x, counts), false);
        if (given is NameLevel.Exact or NameLevel.Variant or NameLevel.Missing && family is NameLevel.Exact or NameLevel.Variant or NameLevel.Missing)
        {
            return straight;
        }

        // Sources swap given and family names; compare them crossed, at a small cost.
        var swappedGiven = Level(x.Given, y.Family, x.GivenPhonetic, y.FamilyPhonetic, variants: false);
        var swappedFamily = Level(x.Family, y.Given, x.FamilyPhonetic, y.GivenPhonetic, variants: false);
        if (swappedGiven is NameLevel.Missing or NameLevel.Different or NameLevel.Initial || swappedFamily is NameLevel.Missing or NameLevel.Different)
        {
            return straight;
        }

        var swapped = new NameScore(
            swappedGiven, swappedFamily, GivenWeight(swappedGiven, x, counts) - _w.SwappedNames, FamilyWeight(swappedFamily, x, counts), true);
        return FullWeight(swapped) > FullWeight(straight) ? swapped : straight;
    }

    private static NameLevel GivenLevel(NameForm x, NameForm y)
    {
        var level = TwoNames(Level(x.Given, y.Given, x.GivenPhonetic, y.GivenPhonetic, variants: true), x.Given, y.Given);
        if (level is NameLevel.Exact or NameLevel.Variant or NameLevel.Missing)
        {
            return level;
        }

        if (!ReferenceEquals(x.GivenJoined, x.Given) || !ReferenceEquals(y.GivenJoined, y.Given))
        {
            // A space slipped into or between given names: compare them run together as well.
            var joined = TwoNames(
                Level(x.GivenJoined, y.GivenJoined, x.GivenJoinedPhonetic, y.GivenJoinedPhonetic, variants: true), x.GivenJoined, y.GivenJoined);
            level = joined < level ? joined : level;
        }

        if (level == NameLevel.Different && (ShareToken(x.GivenTokens, y.GivenTokens) || Typo(x.Given, y.Given)))
        {
            return NameLevel.Similar;
        }

        return level;
    }

    /// <summary>
    /// Two real given names that are not variants of each other are two names, however alike they sound or look
    /// (Tom and Tim, Jack and Jake, Mark and Mary, Daniel and Daniela): twins are given such names, so the likeness
    /// counts for nothing and the names are different.
    /// </summary>
    private static NameLevel TwoNames(NameLevel level, string a, string b)
        => level is NameLevel.Close or NameLevel.Phonetic or NameLevel.Similar && NameVariants.IsKnownGiven(a) && NameVariants.IsKnownGiven(b)
            ? NameLevel.Different
            : level;

    /// <summary>
    /// Gets whether two given names differ by what a keyboard slip does (one letter added, dropped, changed or two
    /// swapped; two such slips in a name of seven letters or more) without touching the first letter. Jaro–Winkler
    /// undervalues these in short names ("Jack", "Jadk"). Two real names are never a typo of each other, however
    /// close (Cara and Cora, Tom and Tim are different people, perhaps twins), so at least one of the two must be a
    /// name the tables do not know; rhyming names (Dean, Sean) differ in the first letter.
    /// </summary>
    private static bool Typo(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var limit = shorter >= 7 ? 2 : 1;
        return shorter >= 4 && a[0] == b[0] && !(NameVariants.IsKnownGiven(a) && NameVariants.IsKnownGiven(b))
            && EditDistance.Bounded(a, b, limit) <= limit;
    }

    private static NameLevel FamilyLevel(NameForm x, NameForm y)
    {
        var level = Level(x.Family, y.Family, x.FamilyPhonetic, y.FamilyPhonetic, variants: false);
        if (level is NameLevel.Exact or NameLevel.Missing)
        {
            return level;
        }

        if (NameVariants.AreFamilyVariants(x.Family, y.Family)
            || ((x.FamilyTokens.Length > 1 || y.FamilyTokens.Length > 1) && ShareToken(x.FamilyTokens, y.FamilyTokens)))
        {
            return NameLevel.Variant;
        }

        return level == NameLevel.Initial ? NameLevel.Different : level;
    }

    private static NameLevel Level(string a, string b, string phoneticA, string phoneticB, bool variants)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return NameLevel.Missing;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return NameLevel.Exact;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? NameLevel.Initial : NameLevel.Different;
        }

        if (variants && NameVariants.AreGivenVariants(a, b))
        {
            return NameLevel.Variant;
        }

        var similarity = JaroWinkler.Similarity(a, b);
        return similarity >= CloseSimilarity ? NameLevel.Close
            : phoneticA.Length > 0 && string.Equals(phoneticA, phoneticB, StringComparison.Ordinal) ? NameLevel.Phonetic
            : similarity >= SimilarSimilarity ? NameLevel.Similar
            : NameLevel.Different;
    }

    private double GivenWeight(NameLevel level, NameForm? x, IKeyCounts counts) => level switch
    {
        NameLevel.Exact => Math.Max(_w.GivenFloor, _w.GivenExact - Penalty(counts, x?.GivenKey)),
        NameLevel.Variant => Math.Max(_w.GivenFloor, _w.GivenVariant - Penalty(counts, x?.GivenKey)),
        NameLevel.Close => _w.GivenClose,
        NameLevel.Phonetic => _w.GivenPhonetic,
        NameLevel.Similar => _w.GivenSimilar,
        NameLevel.Initial => _w.GivenInitial,
        NameLevel.Different => _w.GivenDifferent,
        _ => 0,
    };

    private double FamilyWeight(NameLevel level, NameForm? x, IKeyCounts counts) => level switch
    {
        NameLevel.Exact => Math.Max(_w.FamilyFloor, _w.FamilyExact - Penalty(counts, x?.FamilyKey)),
        NameLevel.Variant => Math.Max(_w.FamilyFloor, _w.FamilyVariant - Penalty(counts, x?.FamilyKey)),
        NameLevel.Close => _w.FamilyClose,
        NameLevel.Phonetic => _w.FamilyPhonetic,
        NameLevel.Similar => _w.FamilySimilar,
        NameLevel.Different => _w.FamilyDifferent,
        _ => 0,
    };

    private static bool ShareToken(string[] a, string[] b)
    {
        foreach (var token in a)
        {
            if (Array.IndexOf(b, token) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private int Penalty(IKeyCounts counts, long key) => options.Penalty(counts.Count(key));

    private int Penalty(IKeyCounts counts, long? key) => key is { } k ? Penalty(counts, k) : 0;

    private readonly record struct NameScore(NameLevel Given, NameLevel Family, double GivenWeight, double FamilyWeight, bool Swapped)
    {
        public double Weight => GivenWeight + FamilyWeight;
    }
}
