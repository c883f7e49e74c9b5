using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// The bot's log lines at Information and above during the suite (what production keeps): quoted when a
/// wait times out, and searched by the test that no message text reaches them.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Line)> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    /// <summary>The last warnings and errors, for failure messages.</summary>
    public string Warnings => string.Join('\n', _lines.Where(l => l.Level >= LogLevel.Warning).TakeLast(50).Select(l => l.Line));

    public IReadOnlyList<string> Lines => [.. _lines.Select(l => l.Line)];

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string)> lines) : ILogger
    {
        private readonly ConcurrentStack<object> _scopes = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            _scopes.Push(state);
            return new Pop(_scopes);
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                // Scopes and structured values too: text must not hide in a property either.
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue((logLevel, $"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}"));
            }
        }

        private sealed class Pop(ConcurrentStack<object> scopes) : IDisposable
        {
            public void Dispose() => scopes.TryPop(out _);
        }
    }
}
