using System.Text.Json;
using Chb.Adapters;

namespace Chb.Plugins.Environment;

/// <summary>Parses one non-blank line; JSON errors reject that line only.</summary>
internal static class EnvLineMapper
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    public static AdapterRow Map(long lineNumber, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException ex)
        {
            // The parser's message can echo input; give only the position.
            return AdapterRow.Reject(lineNumber, "line", $"the line is not valid JSON (error near byte {ex.BytePositionInLine ?? 0})");
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? EnvRecordMapper.Map(lineNumber, root)
                : AdapterRow.Reject(lineNumber, "line", $"the line must be a JSON object, not {Describe(root.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
