using Chb.Linking;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Linking;

/// <summary>The subject kinds the projector resolves, by kind name, sharing one set of model options.</summary>
internal sealed class LinkSubjects(IOptions<LinkageOptions> options)
{
    private readonly Dictionary<string, ILinkSubject> _subjects = new(StringComparer.Ordinal)
    {
        [SubjectKinds.Nominal] = new PersonSubject(options.Value),
        [SubjectKinds.Location] = new PlaceSubject(options.Value),
    };

    public LinkageOptions Options { get; } = options.Value;

    public ILinkSubject this[string kind] => _subjects[kind];
}

/// <summary>The words stored for outcomes, methods and judgements.</summary>
internal static class LinkOutcomes
{
    public const string Link = "link";
    public const string Review = "review";
    public const string Confirm = "confirm";
    public const string Reject = "reject";
    public const string Split = "split";

    public static string Method(LinkMethod method) => method switch
    {
        LinkMethod.StrongIdentifier => "strong-identifier",
        LinkMethod.Analyst => "analyst",
        _ => "probabilistic",
    };
}
