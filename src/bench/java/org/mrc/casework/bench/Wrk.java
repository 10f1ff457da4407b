package org.mrc.casework.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the service through wrk, a load generator written in C, as pgbench is on the database: the service and its
 * limit are then measured through equally light clients. A load generator in Java on the same two cores spends about as
 * much processor time per request as the service itself, so it would measure mostly itself (at 32 callers on this
 * machine: 187 requests/s through Java's HttpClient, 437 through wrk, against the same service in the same minute).
 *
 * <p>Each request is made by a Lua script: {@code paths} are requested in random order (a GET), or, with
 * {@code bodies}, each line of that file is POSTed once in turn to {@code path}. Responses other than 2xx are counted
 * by status.
 */
final class Wrk {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern STATUS = Pattern.compile("^status (\\d+) (\\d+)$");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /**
     * What one run answered. {@code notOk} counts the answers other than 2xx by status code; {@code socketErrors} the
     * requests that got no whole answer (connection refused or cut, a body cut short, no answer within wrk's timeout).
     */
    record Run(
            long requests,
            double seconds,
            double meanMillis,
            double p50Millis,
            double p99Millis,
            Map<Integer, Long> notOk,
            long socketErrors) {

        /** Answers with a 2xx per second. */
        double perSecond() {
            return (requests - failed()) / seconds;
        }

        long failed() {
            return notOk.values().stream().mapToLong(Long::longValue).sum() + socketErrors;
        }

        long answered(int status) {
            return notOk.getOrDefault(status, 0L);
        }
    }

    private Wrk() {}

    /** Fails early, with the way to install it, when wrk is not on the PATH. */
    static void require() throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder("wrk", "--version")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException missing) {
            throw new IllegalStateException("needs wrk on the PATH: apt-get install wrk", missing);
        }
        probe.getInputStream().readAllBytes();
        probe.waitFor();
    }

    /** GETs of the paths in {@code paths} (one per line, picked at random) with {@code token}. */
    static Run get(String base, String token, Path paths, int connections, int seconds)
            throws IOException, InterruptedException {
        String script = """
                local paths = {}
                for line in io.lines("%s") do paths[#paths + 1] = line end
                request = function()
                  return wrk.format("GET", paths[math.random(#paths)], HEADERS)
                end
                """.formatted(lua(paths.toAbsolutePath().toString()));
        return run(base, token, script, connections, seconds);
    }

    /** POSTs of the JSON documents in {@code bodies} (one per line, each sent once in turn per thread) to {@code path}. */
    static Run post(String base, String token, String path, Path bodies, int connections, int seconds)
            throws IOException, InterruptedException {
        String script = """
                local bodies = {}
                for line in io.lines("%s") do bodies[#bodies + 1] = line end
                BODIES = #bodies
                local next = 0
                request = function()
                  next = next + 1
                  return wrk.format("POST", "%s", HEADERS, bodies[(next + OFFSET) %% #bodies + 1])
                end
                """.formatted(lua(bodies.toAbsolutePath().toString()), lua(path));
        return run(base, token, script, connections, seconds);
    }

    private static Run run(String base, String token, String requests, int connections, int seconds)
            throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        // statuses other than 2xx counted per thread and summed at the end; each thread posts its own share of the
        // bodies, so two threads never post the same document
        String script = """
                local counter = 1
                local threads = {}
                function setup(thread)
                  thread:set("id", counter)
                  table.insert(threads, thread)
                  counter = counter + 1
                end
                function init(args)
                  OFFSET = (id - 1) * math.floor((BODIES or 0) / THREADS)
                  statuses = {}
                  math.randomseed(id * 7919)
                end
                THREADS = %d
                HEADERS = {["Authorization"] = "Bearer %s", ["Accept"] = "application/json",
                           ["Content-Type"] = "application/json"}
                %s
                function response(status, headers, body)
                  if status < 200 or status > 299 then
                    statuses[status] = (statuses[status] or 0) + 1
                  end
                end
                function done(summary, latency, requests)
                  local total = {}
                  for _, thread in ipairs(threads) do
                    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
                  end
                  for status, n in pairs(total) do io.write(string.format("status %%d %%d\\n", status, n)) end
                  io.write(string.format("mean %%f\\n", latency.mean / 1000))
                end
                """.formatted(threads, lua(token), requests);
        Path file = Files.createTempFile("mrc-wrk", ".lua");
        Files.writeString(file, script);
        Process process = new ProcessBuilder(
                        "wrk",
                        "-t",
                        Integer.toString(threads),
                        "-c",
                        Integer.toString(connections),
                        "-d",
                        seconds + "s",
                        "--timeout",
                        "30s",
                        "--latency",
                        "-s",
                        file.toString(),
                        base)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return parse(output);
    }

    static Run parse(String output) {
        long requests = -1;
        double seconds = Double.NaN;
        double mean = Double.NaN;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Map<Integer, Long> statuses = new TreeMap<>();
        long socketErrors = 0;
        for (String line : output.split("\n")) {
            Matcher errors = SOCKET_ERRORS.matcher(line);
            if (errors.find()) {
                for (int group = 1; group <= 4; group++) {
                    socketErrors += Long.parseLong(errors.group(group));
                }
            }
            Matcher summary = SUMMARY.matcher(line);
            Matcher percentile = PERCENTILE.matcher(line);
            Matcher status = STATUS.matcher(line.trim());
            if (summary.find()) {
                requests = Long.parseLong(summary.group(1));
                seconds = millis(summary.group(2), summary.group(3)) / 1000;
            } else if (percentile.matches()) {
                double value = millis(percentile.group(2), percentile.group(3));
                if (percentile.group(1).equals("50")) {
                    p50 = value;
                } else {
                    p99 = value;
                }
            } else if (status.matches()) {
                statuses.put(Integer.valueOf(status.group(1)), Long.valueOf(status.group(2)));
            } else if (line.startsWith("mean ")) {
                mean = Double.parseDouble(line.substring(5).trim());
            }
        }
        if (requests < 0 || Double.isNaN(p99) || Double.isNaN(mean)) {
            throw new IllegalStateException("could not read wrk's output:\n" + output);
        }
        return new Run(requests, seconds, mean, p50, p99, statuses, socketErrors);
    }

    private static double millis(String value, String unit) {
        double number = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> number / 1000;
            case "s" -> number * 1000;
            case "m" -> number * 60_000;
            default -> number;
        };
    }

    private static String lua(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
