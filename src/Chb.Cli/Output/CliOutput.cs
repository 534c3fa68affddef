using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Chb.Cli;

/// <summary>Where a command's result goes: tables and progress for people, or one JSON document for scripts.</summary>
internal sealed class CliOutput
{
    private readonly CliEnvironment _env;

    public CliOutput(CliEnvironment env, bool json)
    {
        _env = env;
        Json = json;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(env.Out),
            Interactive = env.Interactive switch { true => InteractionSupport.Yes, false => InteractionSupport.No, null => InteractionSupport.Detect },
            Ansi = env.Interactive is false ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = env.Interactive is false ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (env.Width is { } width)
        {
            Console.Profile.Width = width;
        }
        else if (!Console.Profile.Out.IsTerminal)
        {
            // Piped or redirected: no terminal to fit, so do not wrap tables at the default 80 columns.
            Console.Profile.Width = 200;
        }
    }

    public bool Json { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Gets whether a live progress bar makes sense: a person at a terminal, not JSON.</summary>
    public bool ShowsProgress => !Json && Console.Profile.Capabilities.Interactive;

    public void WriteJson<T>(T value, JsonTypeInfo<T> type) => _env.Out.WriteLine(JsonSerializer.Serialize(value, type));

    /// <summary>Writes one JSON object on one line and flushes it, so a reader of a stream sees each as it comes.</summary>
    public void WriteJsonLine<T>(T value, JsonTypeInfo<T> type)
    {
        _env.Out.WriteLine(JsonSerializer.Serialize(value, type));
        _env.Out.Flush();
    }

    /// <summary>Writes one line exactly as given, never wrapped to the terminal's width (a token for a script).</summary>
    public void Raw(string text)
    {
        _env.Out.WriteLine(text);
        _env.Out.Flush();
    }

    /// <summary>Writes plain text (never parsed as markup, so values with brackets print as they are).</summary>
    public void Line(string text = "") => Console.WriteLine(text);

    public void Write(IRenderable renderable) => Console.Write(renderable);

    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    public static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
}
