/* The floor for `selfassess validate`: libyaml's event loop and nothing else, over the same
 * files. Prints the files read, bytes, events and the CPU seconds of reading and parsing them
 * (CLOCK_PROCESS_CPUTIME_ID: user + sys of this process). Build: cc -O2 yaml-events.c -lyaml */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    long long bytes = 0, events = 0;
    int files = 0;
    double start = now();
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 2; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        unsigned char *buffer = malloc(size > 0 ? size : 1);
        if (fread(buffer, 1, size, file) != (size_t)size) { perror(argv[i]); return 2; }
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, buffer, size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: parse error\n", argv[i]); break; }
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        free(buffer);
        bytes += size;
        files++;
    }
    printf("%d %lld %lld %.6f\n", files, bytes, events, now() - start);
    return 0;
}
