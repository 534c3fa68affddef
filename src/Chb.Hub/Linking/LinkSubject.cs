using System.Text.Json;
using Chb.Linking;

namespace Chb.Hub.Linking;

/// <summary>One kind of subject as the projector handles it: stored JSON in, the shared matcher's model behind.</summary>
internal interface ILinkSubject
{
    string Kind { get; }

    LinkageOptions Options { get; }

    object Normalise(string features);

    IReadOnlyList<long> Keys(object features);

    MatchResult Compare(object a, object b, IKeyCounts counts, ICollection<string>? explanation);

    bool Conflicts(object a, object b);
}

internal sealed class PersonSubject(LinkageOptions options) : ILinkSubject
{
    private readonly PersonModel _model = new(options);

    public string Kind => SubjectKinds.Nominal;

    public LinkageOptions Options => options;

    public object Normalise(string features)
        => PersonFeatures.From(JsonSerializer.Deserialize(features, LinkingJson.Default.PersonRecord) ?? throw new JsonException("empty person"));

    public IReadOnlyList<long> Keys(object features) => _model.Keys((PersonFeatures)features);

    public MatchResult Compare(object a, object b, IKeyCounts counts, ICollection<string>? explanation)
        => _model.Compare((PersonFeatures)a, (PersonFeatures)b, counts, explanation);

    public bool Conflicts(object a, object b) => _model.Conflicts((PersonFeatures)a, (PersonFeatures)b);
}

internal sealed class PlaceSubject(LinkageOptions options) : ILinkSubject
{
    private readonly PlaceModel _model = new();

    public string Kind => SubjectKinds.Location;

    public LinkageOptions Options => options;

    public object Normalise(string features)
        => PlaceFeatures.From(JsonSerializer.Deserialize(features, LinkingJson.Default.PlaceRecord) ?? throw new JsonException("empty place"));

    public IReadOnlyList<long> Keys(object features) => _model.Keys((PlaceFeatures)features);

    public MatchResult Compare(object a, object b, IKeyCounts counts, ICollection<string>? explanation)
        => _model.Compare((PlaceFeatures)a, (PlaceFeatures)b, counts, explanation);

    public bool Conflicts(object a, object b) => _model.Conflicts((PlaceFeatures)a, (PlaceFeatures)b);
}
