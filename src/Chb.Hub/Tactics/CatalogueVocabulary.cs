using System.Collections.Frozen;
using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>The closed lists of values the catalogue file may use, spelt as written in the file.</summary>
internal static class CatalogueVocabulary
{
    public static readonly FrozenDictionary<string, FactSubject> SubjectTypes = new Dictionary<string, FactSubject>(StringComparer.Ordinal)
    {
        ["person"] = FactSubject.Person,
        ["location"] = FactSubject.Location,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, ChbPhase> Phases = new Dictionary<string, ChbPhase>(StringComparer.Ordinal)
    {
        ["clear"] = ChbPhase.Clear,
        ["hold"] = ChbPhase.Hold,
        ["build"] = ChbPhase.Build,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, FourPStrand> Strands = new Dictionary<string, FourPStrand>(StringComparer.Ordinal)
    {
        ["pursue"] = FourPStrand.Pursue,
        ["prevent"] = FourPStrand.Prevent,
        ["protect"] = FourPStrand.Protect,
        ["prepare"] = FourPStrand.Prepare,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, StandardOfProof> Standards = new Dictionary<string, StandardOfProof>(StringComparer.Ordinal)
    {
        ["civil"] = StandardOfProof.Civil,
        ["criminal"] = StandardOfProof.Criminal,
        ["administrative"] = StandardOfProof.Administrative,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the agency kinds a tactic may name: every <see cref="AgencyKind"/> but Unspecified, by member name.</summary>
    public static readonly FrozenDictionary<string, AgencyKind> AgencyKinds = Enum.GetValues<AgencyKind>()
        .Where(k => k != AgencyKind.Unspecified)
        .ToFrozenDictionary(k => k.ToString(), StringComparer.Ordinal);
}
