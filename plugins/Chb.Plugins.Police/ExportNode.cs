using System.Xml;
using System.Xml.Linq;

namespace Chb.Plugins.Police;

/// <summary>What the cursor found next in an export.</summary>
internal enum ExportNodeKind
{
    End,
    Root,
    Ocg,
    Nominal,
    Unknown,
    Text,
    Fault,
}

/// <summary>One step through an export: an element (loaded only when known), an end, or a fault.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Name">The element's local name, when it is an element.</param>
internal sealed record ExportNode(ExportNodeKind Kind, long Line, string Name)
{
    /// <summary>Gets the loaded element for <see cref="ExportNodeKind.Ocg"/> and <see cref="ExportNodeKind.Nominal"/>.</summary>
    public XElement? Element { get; init; }

    /// <summary>Gets the root's <c>force</c> attribute.</summary>
    public string? Force { get; init; }

    /// <summary>Gets the parser's complaint for <see cref="ExportNodeKind.Fault"/>.</summary>
    public XmlException? Fault { get; init; }
}
