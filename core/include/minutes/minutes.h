/* SPDX-License-Identifier: MIT */
/* minutes.h — the libminutes library API.
 *
 * A conversion is a job: it reads one input through an input plugin, runs the
 * analysis passes that turn the generic tree into the canonical document
 * (namespace urn:minutes:1), validates it against the bundled schema, and hands
 * it read-only to output plugins.  Library code never prints and never exits:
 * every failure is a status (sysexits.h values) plus diagnostics kept on the
 * object that failed.
 *
 * Ownership, as cmark states it: every function returning a pointer says
 * whose it is.  "Owned by the caller" (every *_new, *_open, *_load and
 * *_parse): released with the function named (the matching *_free, or
 * free()).  "Borrowed from X": X's, valid as long as X is.  "Static": lives
 * as long as the library is loaded.
 */
#ifndef MINUTES_MINUTES_H
#define MINUTES_MINUTES_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define MN_API __attribute__((visibility("default")))
#define MN_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define MN_API
#define MN_PRINTF(f, a)
#endif

#define MN_VERSION_MAJOR 0
#define MN_VERSION_MINOR 1
#define MN_VERSION_PATCH 0
#define MN_VERSION "0.1.0"

/* Exit statuses, as sysexits.h. */
enum mn_status {
    MN_OK = 0,
    MN_EX_USAGE = 64,     /* command line misuse */
    MN_EX_DATAERR = 65,   /* bad input data */
    MN_EX_NOINPUT = 66,   /* input cannot be opened */
    MN_EX_SOFTWARE = 70,  /* internal error (a bug) */
    MN_EX_CANTCREAT = 73, /* output cannot be created */
    MN_EX_IOERR = 74      /* I/O error while writing */
};

typedef enum mn_severity { MN_NOTE = 0, MN_WARNING = 1, MN_ERROR = 2 } mn_severity;

/* One diagnostic.  file may be NULL; line is 0 when unknown. */
typedef struct mn_diag {
    mn_severity severity;
    int status;          /* for errors: the exit status it calls for */
    const char *file;
    unsigned line;
    const char *message;
    const char *name;    /* a warning's name (mn_warning_kinds), NULL for errors */
} mn_diag;

/* A kind of warning: NAME, which `-W no-NAME` silences, and what it means. */
typedef struct mn_warning_kind {
    const char *name;
    const char *description;
} mn_warning_kind;

typedef struct mn_context mn_context; /* plugin registry, shared by jobs */
typedef struct mn_job mn_job;         /* one input's conversion */
typedef struct mn_doc mn_doc;         /* the canonical document of a job */
typedef struct mn_plugin mn_plugin;   /* defined in plugin.h */

/* "0.1.0": the library's version.  Static. */
MN_API const char *mn_version(void);

/* "10M", "512k", "1000" → bytes (K, M, G are powers of 1024); 0 when malformed. */
MN_API size_t mn_parse_size(const char *s);

/* ---- Context and plugin loading --------------------------------------- */

/* New context with no plugin directories.  Owned by the caller. */
MN_API mn_context *mn_context_new(void);
MN_API void mn_context_free(mn_context *ctx);

/* Appends a directory to the plugin search path (searched in order; the first
 * module to claim a name wins, later ones with the same name are refused). */
MN_API int mn_context_add_plugin_dir(mn_context *ctx, const char *dir);

/* Adds the default directories: each entry of MINUTES_PLUGIN_PATH (colon
 * separated), the build tree's plugin directory when the running library is
 * the build tree's, and the install prefix's plugin directory. */
MN_API void mn_context_add_default_dirs(mn_context *ctx);

/* Loads one module file and registers its plugin.  Returns 0, or an MN_EX_*
 * status with a diagnostic naming the file (wrong ABI, missing symbol,
 * duplicate name, not loadable). */
MN_API int mn_context_load_file(mn_context *ctx, const char *path);

/* Loads every module in the search path (for listing and for probing).
 * Refused modules leave diagnostics; the rest still load. */
MN_API void mn_context_load_all(mn_context *ctx);

/* Loads the modules that may read (for probing): writer-only modules
 * (mn-w-NAME.so) stay unloaded. */
MN_API void mn_context_load_readers(mn_context *ctx);

/* Loads the readers that may claim an input named FILENAME (may be NULL)
 * whose first SIZE bytes are HEAD (may be NULL with SIZE 0) and whose media
 * type is MEDIA_TYPE (may be NULL): every reader module but those the
 * plugin cache of their directory rules out (a reader declaring magic that
 * neither the head, the extension nor a media type matches).  With a head
 * of 0 bytes, only the name can keep a reader with magic, which is what a
 * directory scan asks.  Unlike mn_context_load_readers, may leave readers
 * unloaded; a job still loads whatever its own input needs.  Called for
 * every input of a batch before forking, it maps each reader the batch
 * needs once (and reading .md files maps no DOCX reader). */
MN_API void mn_context_load_readers_for_input(mn_context *ctx, const char *filename,
                                              const void *head, size_t size,
                                              const char *media_type);

/* Writes DIR/plugins.cache, what the loader needs to know of each module in
 * DIR without loading it (name, capabilities, extensions, and a reader's
 * magic: plugin.h), after loading every module of DIR that is not loaded
 * yet.  Each entry holds its module's size and modification time and is
 * trusted only while they match, so a rebuilt module is loaded as if no
 * cache were there.  DIR need not be in the search path.  Returns 0, or
 * MN_EX_CANTCREAT when the file cannot be written (nothing is left
 * half-written). */
MN_API int mn_context_write_plugin_cache(mn_context *ctx, const char *dir);

/* Finds the plugin NAME with capability CAPS, loading only that module when it
 * is not loaded yet (so `-t xml` never maps the PDF plugin's libraries).
 * Returns NULL when there is none.  Borrowed pointer. */
MN_API const mn_plugin *mn_context_find(mn_context *ctx, const char *name, unsigned caps);

/* Runs the prepare hook of every plugin loaded so far (see plugin.h), so
 * that a process about to fork workers does the plugins' one-time set-up
 * once.  Returns the number of hooks that failed. */
MN_API size_t mn_context_prepare(mn_context *ctx);

/* ---- Lexicons ---------------------------------------------------------- */

/* The words the analysis passes look for (attendance labels, action
 * markers, month names, zone names, …) come from one lexicon file per
 * language, LANG.xml, checked against the lexicon schema when loaded.
 * By default the installed ones are used (the build tree's when the library
 * is the build tree's).  With a directory set, DIR/LANG.xml replaces the
 * installed lexicon of LANG, and languages DIR has no file for keep theirs;
 * DIR must hold at least one lexicon.  Call before the lexicon is loaded.
 * DIR is copied.  Returns 0. */
MN_API int mn_context_set_lexicon_dir(mn_context *ctx, const char *dir);

/* Loads and checks the lexicon now, once per context (else the first job
 * does it); a process about to fork workers calls it first, so they
 * inherit it.  Returns 0, or: MN_EX_NOINPUT when the directory set is
 * missing or holds no lexicon, MN_EX_USAGE when its lexicon is not valid,
 * MN_EX_SOFTWARE when the installed one is missing or not valid.  A failure
 * is kept: later calls return it again. */
MN_API int mn_context_load_lexicon(mn_context *ctx);

/* Why the lexicon could not be loaded (file, line and reason), or NULL.
 * Borrowed from the context. */
MN_API const char *mn_context_lexicon_error(const mn_context *ctx);

/* The path of the lexicon loaded for LANG ("en"), or NULL when none is
 * loaded.  Borrowed from the context. */
MN_API const char *mn_context_lexicon_path(const mn_context *ctx, const char *lang);

/* The plugins loaded so far, in load order, and the module file of each;
 * NULL past the last.  Borrowed from the context (the descriptor lives in
 * the module, mapped until the context is freed). */
MN_API size_t mn_context_plugin_count(const mn_context *ctx);
MN_API const mn_plugin *mn_context_plugin(const mn_context *ctx, size_t i);
MN_API const char *mn_context_plugin_path(const mn_context *ctx, size_t i);

/* Diagnostics left by loading (refused modules); NULL past the last.
 * Borrowed from the context. */
MN_API size_t mn_context_diag_count(const mn_context *ctx);
MN_API const mn_diag *mn_context_diag(const mn_context *ctx, size_t i);

/* ---- Jobs ----------------------------------------------------------------- */

/* New job for INPUT_PATH ("-" is stdin).  ctx may be NULL for a job that only
 * collects diagnostics and options (unit tests of passes).  Owned by caller. */
MN_API mn_job *mn_job_new(mn_context *ctx, const char *input_path);
MN_API void mn_job_free(mn_job *job);

/* Options: the core's ("from", "reference-date", "date-order", "strict",
 * "max-input-size") and any plugin's, as name/value strings ("1" for flags).
 * The value is copied.  Returns 0. */
MN_API int mn_job_set_option(mn_job *job, const char *name, const char *value);
/* The value of an option, or NULL when not set.  Borrowed.  Inside a
 * plugin's callback, NAME qualified by the plugin's name ("pdf-paper" for
 * the pdf plugin's "paper") is looked for first. */
MN_API const char *mn_job_option(const mn_job *job, const char *name);

/* Sets a property of the minutes over what the input says, as pandoc's
 * --metadata: KEY is one of mn_metadata_keys() (plugin.h's builder
 * property keys: title, date, chair, lang, ...); the value is read as the
 * same property in the document would be.  A key given again replaces its
 * value, except participant and regrets, which add one.  Not applied to
 * canonical XML input (read as it is; a warning says so).  Returns 0,
 * MN_EX_USAGE for an unknown key, or MN_EX_SOFTWARE. */
MN_API int mn_job_set_metadata(mn_job *job, const char *key, const char *value);
/* The keys mn_job_set_metadata takes, ending with NULL.  Static. */
MN_API const char *const *mn_metadata_keys(void);

/* Gives the job its input from memory (copied) instead of reading
 * input_path, which then only names it (in diagnostics and meta/source).
 * For embedding and fuzzing.  Returns 0 or MN_EX_SOFTWARE. */
MN_API int mn_job_set_input(mn_job *job, const void *data, size_t size);

/* Probes, reads, analyses and validates the input.  Returns a status. */
MN_API int mn_job_read(mn_job *job);

/* Reads canonical XML already in memory and validates it (no passes). */
MN_API int mn_job_read_canonical(mn_job *job, const char *xml, size_t len);

/* The canonical document after mn_job_read succeeded, else NULL.  Borrowed. */
MN_API const mn_doc *mn_job_doc(const mn_job *job);

/* Writes the document with output plugin FORMAT to PATH ("-" is stdout),
 * atomically (through mn_atomic_open, below), so a failure leaves an
 * existing PATH untouched and nothing beside it.  Refuses to write over the
 * input.  Returns a status. */
MN_API int mn_job_write(mn_job *job, const char *format, const char *path);

/* mn_job_write with the output plugin P looked up beforehand
 * (mn_context_find of the job's context, MN_CAN_WRITE): a program that
 * writes many documents looks each plugin up once.  Returns a status;
 * MN_EX_USAGE when P is NULL or cannot write. */
MN_API int mn_job_write_with(mn_job *job, const mn_plugin *p, const char *path);

/* Reads the job's input with input plugin P (looked up beforehand with
 * mn_context_find, MN_CAN_READ) instead of probing: the "from" option
 * without a look-up per job.  P NULL goes back to the option or probing.
 * Borrowed: P must outlive the job (its context does).  Returns 0, or
 * MN_EX_USAGE when P cannot read. */
MN_API int mn_job_set_reader(mn_job *job, const mn_plugin *p);

/* Writes the document with output plugin FORMAT to an open stream (not
 * atomically: the caller owns the stream).  Returns a status. */
MN_API int mn_job_write_stream(mn_job *job, const char *format, FILE *fp);

/* Writes the documents of the N jobs JOBS (those that were read) together
 * into PATH; STEMS[i] names JOBS[i]'s own outputs beside PATH without their
 * extension (plugin.h: write_collection).  Into PATH with output plugin FORMAT, when that plugin can write a
 * collection (plugin.h: write_collection), atomically as mn_job_write.  JOB
 * is a job of its own (mn_job_new with the collection's name): its options
 * go to the plugin and it collects the diagnostics.  Returns a status;
 * MN_EX_USAGE when FORMAT cannot write collections. */
MN_API int mn_job_write_collection(mn_job *job, const char *format, mn_job *const *jobs,
                                   const char *const *stems, size_t n, const char *path);

/* Name used in diagnostics (the input path, or "<stdin>").  Borrowed from
 * the job. */
MN_API const char *mn_job_input_name(const mn_job *job);

/* Diagnostics collected so far, in order; NULL past the last.  Borrowed
 * from the job: valid until it is freed (recording more keeps the earlier
 * ones' strings but may move the array, so do not keep the pointer across
 * calls that record). */
MN_API size_t mn_job_diag_count(const mn_job *job);
MN_API const mn_diag *mn_job_diag(const mn_job *job, size_t i);
/* Highest error status recorded, or 0. */
MN_API int mn_job_status(const mn_job *job);

/* Records a warning of kind NAME: one of mn_warning_kinds(), or for a
 * plugin of its own a name of its own (lower case words joined by '-').
 * Also used by plugins and passes. */
MN_API void mn_job_warning(mn_job *job, const char *name, unsigned line, const char *fmt, ...)
    MN_PRINTF(4, 5);
/* Records a note of kind NAME: why the analysis left something out (a date
 * that is no calendar entry, and why).  Notes are not warnings: --strict
 * does not count them, -W does not silence them, and the command line
 * shows them only with -v. */
MN_API void mn_job_note(mn_job *job, const char *name, unsigned line, const char *fmt, ...)
    MN_PRINTF(4, 5);
/* Whether the caller wants the analysis to account for what it found
 * (the command line's -v): set before mn_job_read.  Off by default. */
MN_API void mn_job_set_verbose(mn_job *job, int on);
MN_API int mn_job_verbose(const mn_job *job);
/* A note recorded only when the job is verbose: where a value came from
 * ("date: from line 3, 'Date: 4 March 2026'"), which costs a message per
 * value and is of use only to someone asking.  As mn_job_note otherwise. */
MN_API void mn_job_verbose_note(mn_job *job, const char *name, unsigned line, const char *fmt, ...)
    MN_PRINTF(4, 5);
/* A warning with no name of its own ("other"); kept for plugins built
 * before names. */
#if defined(__GNUC__)
__attribute__((deprecated("give the warning a name: mn_job_warning(job, NAME, line, ...)")))
#endif
MN_API void mn_job_warn(mn_job *job, unsigned line, const char *fmt, ...) MN_PRINTF(3, 4);
/* Warnings named NAME are not recorded for this job (so --strict does not
 * count them either).  Returns 0 or MN_EX_SOFTWARE. */
MN_API int mn_job_silence(mn_job *job, const char *name);
/* The names of the core's and the bundled plugins' warnings, with what each
 * means, ending with {NULL, NULL}.  Static. */
MN_API const mn_warning_kind *mn_warning_kinds(void);
MN_API int mn_job_error(mn_job *job, int status, unsigned line, const char *fmt, ...)
    MN_PRINTF(4, 5);

/* ---- Documents -------------------------------------------------------------- */

/* The canonical document as a libxml2 tree (struct _xmlDoc *), for a
 * program that embeds the library; writers read it through doc.h.
 * Read-only; borrowed from the job. */
MN_API struct _xmlDoc *mn_doc_xml(const mn_doc *doc);

/* Reads the job's input as canonical XML and validates it against the
 * bundled schema (no plugins involved).  Errors go to the job's diagnostics.
 * Returns 0, MN_EX_NOINPUT or MN_EX_DATAERR. */
MN_API int mn_job_validate(mn_job *job);

/* The bundled schema text (NUL-terminated, static). */
MN_API const char *mn_schema_text(void);

/* ---- Files written whole or not at all ----------------------------------------- */

/* A file that takes PATH's place only once it is complete, replacing an
 * existing PATH in one step.  It is written as an unnamed file in PATH's
 * directory (O_TMPFILE), linked into place on commit: until then nothing
 * named exists, so whatever ends the process (SIGKILL included) leaves
 * nothing behind.  Where the file system has no unnamed files (or the
 * variable MINUTES_NO_O_TMPFILE is set: a switch for tests), it is written
 * as PATH.tmp-XXXXXX beside PATH and renamed; such a file is removed on
 * discard, and by mn_atomic_cleanup() from a signal handler.  Every output of
 * the library is written this way, and so is the CLI's report. */
typedef struct mn_atomic_file mn_atomic_file;

/* Opens a new file for PATH (a regular file or none yet; PATH's directory
 * must exist).  Returns NULL with errno set when it cannot be created.
 * Owned by the caller until mn_atomic_commit() or mn_atomic_discard(). */
MN_API mn_atomic_file *mn_atomic_open(const char *path);

/* The stream to write to.  Borrowed: commit and discard close it. */
MN_API FILE *mn_atomic_stream(mn_atomic_file *f);

/* Flushes and syncs the file, puts it in place of PATH, and frees f.
 * Returns 0; or MN_EX_IOERR (writing or syncing failed) or MN_EX_CANTCREAT
 * (it could not be put in place), with errno set, *step (when STEP is not
 * NULL) naming what failed, the file discarded and PATH untouched. */
MN_API int mn_atomic_commit(mn_atomic_file *f, const char **step);

/* Drops the file: PATH untouched, nothing left behind.  Frees f. */
MN_API void mn_atomic_discard(mn_atomic_file *f);

/* Removes the named temporary files this process is writing.
 * Async-signal-safe: for the handler of a signal that ends the process
 * (SIGTERM, SIGINT, SIGHUP, a crash), which then lets the signal take its
 * course.  The CLI installs such handlers; a program that embeds the
 * library may do the same. */
MN_API void mn_atomic_cleanup(void);

#ifdef __cplusplus
}
#endif
#endif
