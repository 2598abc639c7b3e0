# A thin layer over CMake (as cmark does): make, make test, make asan, make bench.
.PHONY: all build test asan bench clean sample

all: build

build:
	./setup.sh

asan:
	./setup.sh --asan

# The test suite runs under ASan + UBSan.
test: asan
	cd build-asan && ctest --output-on-failure

sample: build
	build/warta code samples/*.jsonl

bench: build
	bench/run.sh

clean:
	rm -rf build build-asan
