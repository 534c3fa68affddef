namespace Chb.Linking;

/// <summary>A linkage model for one kind of subject (people or places), as pure functions over normalised mentions.</summary>
/// <typeparam name="TFeatures">The normalised mention.</typeparam>
public interface ISubjectModel<TFeatures>
{
    /// <summary>Gets the mention's blocking and frequency keys, without duplicates.</summary>
    IReadOnlyList<long> Keys(TFeatures features);

    /// <summary>Weighs a pair; when <paramref name="explanation"/> is given, adds one line per field that counted.</summary>
    MatchResult Compare(TFeatures a, TFeatures b, IKeyCounts counts, ICollection<string>? explanation = null);

    /// <summary>Gets whether a hard rule says the two are different subjects, so no cluster may hold both.</summary>
    bool Conflicts(TFeatures a, TFeatures b);
}
