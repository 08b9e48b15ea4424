import sys

from bench.synth.corpus import main

sys.exit(main())
