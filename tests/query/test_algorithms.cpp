#define BOOST_TEST_MODULE query_algorithms
#include <boost/test/unit_test.hpp>
BOOST_AUTO_TEST_CASE(placeholder) {}
